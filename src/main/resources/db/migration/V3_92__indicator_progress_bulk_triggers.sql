-- Inserts of targets and executors keep indicator_progress current with one set-based statement per INSERT statement
-- (a transition table) instead of one per row: an import of 10,000 items inserts ~50,000 targets in one statement,
-- and a row trigger running a join for each of them was most of the import's time. Updates and deletes stay row
-- triggers (V3_4): they come one aggregate at a time.
CREATE FUNCTION indicator_progress_targets_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO indicator_progress (indicator, year, region_id, roadmap_id, branch_id, roadmap_item, direction_id,
                                    task_id, lead_executor_id, unit, planned, original_planned, due_on)
    SELECT i.id, t.year, ri.region_id, ri.roadmap_id, r.branch_id, ri.id, ri.direction_id, ri.task_id,
           lead.org_unit_id, i.unit, t.planned, t.original_planned,
           kenes_due_on(ri.deadline_kind, ri.deadline_date, t.year)
      FROM inserted t
      JOIN indicator i ON i.id = t.indicator
      JOIN roadmap_item ri ON ri.id = i.roadmap_item
      JOIN roadmap r ON r.id = ri.roadmap_id
      LEFT JOIN roadmap_item_executor lead ON lead.roadmap_item = ri.id AND lead.lead
    ON CONFLICT (indicator, year) DO UPDATE
       SET planned = EXCLUDED.planned, original_planned = EXCLUDED.original_planned, unit = EXCLUDED.unit,
           direction_id = EXCLUDED.direction_id, task_id = EXCLUDED.task_id, due_on = EXCLUDED.due_on,
           updated_at = now()
     WHERE (indicator_progress.planned, indicator_progress.original_planned, indicator_progress.unit,
            indicator_progress.direction_id, indicator_progress.task_id, indicator_progress.due_on)
           IS DISTINCT FROM (EXCLUDED.planned, EXCLUDED.original_planned, EXCLUDED.unit, EXCLUDED.direction_id,
                             EXCLUDED.task_id, EXCLUDED.due_on);
    RETURN NULL;
END
$$;

CREATE FUNCTION indicator_progress_leads_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE indicator_progress p
       SET lead_executor_id = lead.org_unit_id
      FROM (SELECT DISTINCT roadmap_item FROM inserted) items
      LEFT JOIN roadmap_item_executor lead ON lead.roadmap_item = items.roadmap_item AND lead.lead
     WHERE p.roadmap_item = items.roadmap_item AND p.lead_executor_id IS DISTINCT FROM lead.org_unit_id;
    RETURN NULL;
END
$$;

DROP TRIGGER indicator_target_progress ON indicator_target;
CREATE TRIGGER indicator_target_progress AFTER UPDATE OR DELETE ON indicator_target
    FOR EACH ROW EXECUTE FUNCTION indicator_progress_target();
CREATE TRIGGER indicator_target_progress_inserted AFTER INSERT ON indicator_target
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION indicator_progress_targets_inserted();

DROP TRIGGER roadmap_item_executor_progress ON roadmap_item_executor;
CREATE TRIGGER roadmap_item_executor_progress AFTER UPDATE OR DELETE ON roadmap_item_executor
    FOR EACH ROW EXECUTE FUNCTION indicator_progress_lead();
CREATE TRIGGER roadmap_item_executor_progress_inserted AFTER INSERT ON roadmap_item_executor
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION indicator_progress_leads_inserted();
