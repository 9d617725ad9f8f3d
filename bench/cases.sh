# Cases of bench/run, sourced after the app is up (PG_PORT, APP_PORT set; psql reaches the database).
# API cases: "name|path|api|column|where|year|months": compared with the floor, the same rollup statements
#   (src/main/resources/kz/kenes/reporting/rollup-*.sql, filled in by bench/run) run directly by pgbench.
# Page cases: "name|path|page": compared with nginx serving the bytes the app returned.
# Staff cases: "name|path|staff": measured with the session cookie of a logged-in administrator.
q() { psql -Atc "$1"; }
REGION=$(q "SELECT id FROM org_unit WHERE code = 'bench-region-0'")
CITY=$(q "SELECT id FROM org_unit WHERE code = 'bench-branch-0-1'")
# The public pages show a generated city's records; the import and the protocol documents use the demo's roadmap
# and seed meeting (the demo secretary's, with the seed's reports heard).
DEMO_ROADMAP=$(q "SELECT r.id FROM roadmap r JOIN org_unit b ON b.id = r.branch_id WHERE b.code = 'shymkent-branch'")
CITY_ROADMAP=$(q "SELECT id FROM roadmap WHERE branch_id = $CITY")
ARTICLE=$(q "SELECT slug FROM news_item WHERE branch_id = $CITY AND status = 'PUBLISHED'
              ORDER BY published_at DESC, id LIMIT 1")
MEETING=$(q "SELECT id FROM meeting ORDER BY id LIMIT 1")
CASES=(
  "progress national by direction, 2026|/api/v1/progress?year=2026&by=direction|api|direction_id||2026|12"
  "progress national by task, 10 months 2026|/api/v1/progress?year=2026&period=m10&by=task|api|task_id||2026|10"
  "progress national by executor, 2026|/api/v1/progress?year=2026&by=executor|api|lead_executor_id||2026|12"
  "progress national by branch, 10 months 2026|/api/v1/progress?year=2026&period=m10&by=branch|api|branch_id||2026|10"
  "progress region by direction, 10 months 2026|/api/v1/progress?year=2026&period=m10&region=$REGION&by=direction|api|direction_id|AND p.region_id = $REGION|2026|10"
  "progress region by executor, 2026|/api/v1/progress?year=2026&region=$REGION&by=executor|api|lead_executor_id|AND p.region_id = $REGION|2026|12"
  "progress city by direction, 10 months 2026|/api/v1/progress?year=2026&period=m10&branch=$CITY&by=direction|api|direction_id|AND p.branch_id = $CITY|2026|10"
  "progress city by task, 2026|/api/v1/progress?year=2026&branch=$CITY&by=task|api|task_id|AND p.branch_id = $CITY|2026|12"
  "public home page|/|page"
  "public progress page|/progress|page"
  "public roadmap page|/roadmap/$CITY_ROADMAP|page"
  "public article page|/news/$ARTICLE|page"
  "staff dashboard (administrator, national)|/staff/dashboard|staff"
)
