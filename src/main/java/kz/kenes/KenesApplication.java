package kz.kenes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KenesApplication {

	public static void main(String[] args) {
		SpringApplication.run(KenesApplication.class, args);
	}
}
