# Cases of bench/run: "name|path|kind|floor SQL". kind api: compared with the floor SQL (bench/sql/, the same
# statements the app runs) when given; kind page: compared with nginx serving the same bytes.
# Sourced by bench/run after the app is up, with PG_PORT and APP_PORT set.
q() { psql -h localhost -p "$PG_PORT" -U postgres -Atc "$1"; }
REGION=$(q "SELECT id FROM org_unit WHERE code = 'bench-region-0'")
CITY=$(q "SELECT id FROM org_unit WHERE code = 'bench-branch-0-1'")
DEMO_ROADMAP=$(q "SELECT r.id FROM roadmap r JOIN org_unit b ON b.id = r.branch_id WHERE b.code = 'shymkent-branch'")
ARTICLE=$(q "SELECT slug FROM news_item WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1")
export REGION CITY
CASES=(
  "progress national by direction 2026|/api/v1/progress?year=2026&by=direction|api|bench/sql/progress-national-direction.sql"
  "progress national by task, 10 months 2026|/api/v1/progress?year=2026&period=m10&by=task|api|"
  "progress national by branch 2026|/api/v1/progress?year=2026&by=branch|api|"
  "progress region by executor 2026|/api/v1/progress?year=2026&region=$REGION&by=executor|api|"
  "progress city by direction, 10 months 2026|/api/v1/progress?year=2026&period=m10&branch=$CITY&by=direction|api|"
  "public home page|/|page|"
  "public roadmap page|/roadmap/$DEMO_ROADMAP|page|"
  "public article page|/news/$ARTICLE|page|"
)
