using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingWeb.Migrations
{
    /// <summary>
    /// Bulk changes cost one notification (issue 18): the six tables' row-level change triggers become statement-level
    /// AFTER triggers with transition tables, one per operation (PostgreSQL allows transition tables only on a trigger of a
    /// single event). Each statement writes its audit rows with one INSERT … SELECT, every row's change recorded exactly as
    /// before, so History still shows each row. A statement that changed at most <c>bulk_threshold</c> (100) rows still
    /// sends one payload per row with the same fields as before; a larger one sends one notice for the table:
    /// <c>{"table","op","bulk":true,"count","by","origin","audit_id","last_audit_id"}</c> (its first and last audit row),
    /// which pages treat as "reload this table". notify_entity_change stays for <see cref="Down"/>.
    /// </summary>
    public partial class StatementLevelChangeTriggers : Migration
    {
        private static readonly string[] NotifyingTables =
            ["bookings", "guests", "rooms", "additional_services", "discounts", "reminders"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Dynamic SQL: the version (xmin) must be read from the changed table itself (transition tables carry no
            // system columns), and the row's booking is its id in bookings, its booking_id elsewhere. The transition
            // tables are visible to EXECUTE. An UPDATE whose columns all stay the same is skipped, as before.
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_and_notify_statement() RETURNS trigger
                LANGUAGE plpgsql AS $$
                DECLARE
                    bulk_threshold constant integer := 100;
                    changed_by text := left(nullif(current_setting('bookingweb.user', true), ''), 200);
                    changed_origin text := left(nullif(current_setting('bookingweb.origin', true), ''), 200);
                    booking_of text := CASE WHEN TG_TABLE_NAME = 'bookings' THEN 'id' ELSE 'booking_id' END;
                    pairs text := CASE TG_OP
                        WHEN 'INSERT' THEN 'SELECT NULL::jsonb AS old_row, to_jsonb(new_rows) AS new_row FROM new_rows'
                        WHEN 'DELETE' THEN 'SELECT to_jsonb(old_rows) AS old_row, NULL::jsonb AS new_row FROM old_rows'
                        ELSE 'SELECT to_jsonb(old_rows) AS old_row, to_jsonb(new_rows) AS new_row FROM old_rows JOIN new_rows USING (id)' END;
                    audit_ids bigint[];
                    written integer;
                    payload text;
                BEGIN
                    EXECUTE format($sql$
                        WITH changed AS (
                            SELECT (coalesce(new_row, old_row) ->> 'id')::integer AS row_id,
                                   (coalesce(new_row, old_row) ->> %L)::integer AS booking_id, old_row, new_row
                            FROM (%s) AS pairs
                            WHERE old_row IS DISTINCT FROM new_row),
                        written AS (
                            INSERT INTO audit_log (table_name, row_id, booking_id, operation, changes, changed_by, origin)
                            SELECT $1, c.row_id, c.booking_id, $2, d.changes, $3, $4
                            FROM changed c CROSS JOIN LATERAL (
                                SELECT coalesce(jsonb_object_agg(key, CASE $2
                                           WHEN 'INSERT' THEN jsonb_build_object('new', n.value)
                                           WHEN 'DELETE' THEN jsonb_build_object('old', o.value)
                                           ELSE jsonb_build_object('old', o.value, 'new', n.value) END), '{}'::jsonb) AS changes
                                FROM jsonb_each(coalesce(c.old_row, '{}'::jsonb)) AS o
                                FULL JOIN jsonb_each(coalesce(c.new_row, '{}'::jsonb)) AS n USING (key)
                                WHERE o.value IS DISTINCT FROM n.value) AS d
                            ORDER BY c.row_id
                            RETURNING id)
                        SELECT count(*)::integer, array_agg(id ORDER BY id) FROM written
                        $sql$, booking_of, pairs)
                    INTO written, audit_ids
                    USING TG_TABLE_NAME, TG_OP, changed_by, changed_origin;

                    IF written = 0 THEN
                        RETURN NULL;
                    ELSIF written > bulk_threshold THEN
                        PERFORM pg_notify('bookingweb_changes', json_build_object(
                            'table', TG_TABLE_NAME, 'op', TG_OP, 'bulk', true, 'count', written,
                            'by', changed_by, 'origin', changed_origin,
                            'audit_id', audit_ids[1], 'last_audit_id', audit_ids[written])::text);
                        RETURN NULL;
                    END IF;

                    -- A small statement: one payload per row with its ids and new version, in the order the rows were audited.
                    FOR payload IN EXECUTE format($sql$
                        SELECT json_build_object(
                            'table', a.table_name, 'op', a.operation, 'id', a.row_id, 'booking_id', a.booking_id,
                            'version', t.xmin::text, 'by', a.changed_by, 'origin', a.origin, 'audit_id', a.id)::text
                        FROM audit_log a
                        LEFT JOIN %I t ON t.id = a.row_id AND a.operation <> 'DELETE'
                        WHERE a.id = ANY($1)
                        ORDER BY a.id
                        $sql$, TG_TABLE_NAME)
                    USING audit_ids
                    LOOP
                        PERFORM pg_notify('bookingweb_changes', payload);
                    END LOOP;
                    RETURN NULL;
                END;
                $$;
                """);

            foreach (var table in NotifyingTables)
                migrationBuilder.Sql($"""
                    DROP TRIGGER tr_{table}_notify_change ON {table};
                    CREATE TRIGGER tr_{table}_changes_inserted AFTER INSERT ON {table}
                        REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION audit_and_notify_statement();
                    CREATE TRIGGER tr_{table}_changes_updated AFTER UPDATE ON {table}
                        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION audit_and_notify_statement();
                    CREATE TRIGGER tr_{table}_changes_deleted AFTER DELETE ON {table}
                        REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION audit_and_notify_statement();
                    """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in NotifyingTables)
                migrationBuilder.Sql($"""
                    DROP TRIGGER IF EXISTS tr_{table}_changes_inserted ON {table};
                    DROP TRIGGER IF EXISTS tr_{table}_changes_updated ON {table};
                    DROP TRIGGER IF EXISTS tr_{table}_changes_deleted ON {table};
                    CREATE TRIGGER tr_{table}_notify_change AFTER INSERT OR UPDATE OR DELETE ON {table}
                        FOR EACH ROW EXECUTE FUNCTION notify_entity_change();
                    """);
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_and_notify_statement();");
        }
    }
}
