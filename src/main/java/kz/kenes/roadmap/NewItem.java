package kz.kenes.roadmap;

import java.util.List;

/** An item to add in bulk (Excel import) with its indicators. */
public record NewItem(ItemDetails details, List<NewIndicator> indicators) {
}
