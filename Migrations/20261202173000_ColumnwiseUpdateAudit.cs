using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BookingWeb.Migrations
{
    /// <summary>
    /// An UPDATE's audit rows are written column by column (issue 18): the change triggers turned every old and new row into
    /// JSON and compared the two key by key (to_jsonb, two jsonb_each and a join per row), which doubled the cost of a
    /// 10,000-row UPDATE. Now each column is compared as itself (<c>o.status IS DISTINCT FROM n.status</c>) and only a
    /// changed one is turned into JSON; the audit rows read exactly as before (measured: the triggers' share of that UPDATE
    /// halved). INSERT and DELETE record every column as before, without the comparison with an empty row.
    /// The column list is read from the catalog by <c>bookingweb_rebuild_change_function(table)</c>, so a later migration
    /// that adds a column to one of the six tables must <c>CALL bookingweb_rebuild_change_function('that_table')</c>
    /// (AuditedColumnsTests fails until it does).
    /// </summary>
    public partial class ColumnwiseUpdateAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(RebuildProcedure);
            foreach (var table in StatementLevelChangeTriggers.NotifyingTables)
                migrationBuilder.Sql($"CALL bookingweb_rebuild_change_function('{table}');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in StatementLevelChangeTriggers.NotifyingTables)
                migrationBuilder.Sql(StatementLevelChangeTriggers.FunctionFor(table).Replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"));
            migrationBuilder.Sql("DROP PROCEDURE IF EXISTS bookingweb_rebuild_change_function(text);");
        }

        // The function StatementLevelChangeTriggers made, with the UPDATE branch built from the table's columns: %1$s the
        // table, %2$s its booking (id in bookings, booking_id in a booking's lines, none for guests and rooms) as the
        // generic branches read it from JSON, %3$s the same from the new row, %4$s the column-by-column changes.
        private const string RebuildProcedure = """
            CREATE OR REPLACE PROCEDURE bookingweb_rebuild_change_function(table_name text)
            LANGUAGE plpgsql AS $build$
            DECLARE
                has_booking_id boolean;
                column_changes text;
            BEGIN
                SELECT string_agg(format(
                           'CASE WHEN o.%1$I IS DISTINCT FROM n.%1$I THEN jsonb_build_object(%1$L, jsonb_build_object(''old'', to_jsonb(o.%1$I), ''new'', to_jsonb(n.%1$I))) ELSE ''{}''::jsonb END',
                           attname), E'\n                 || ' ORDER BY attnum),
                       bool_or(attname = 'booking_id')
                INTO column_changes, has_booking_id
                FROM pg_attribute
                WHERE attrelid = table_name::regclass AND attnum > 0 AND NOT attisdropped;

                EXECUTE format($template$
            CREATE OR REPLACE FUNCTION audit_and_notify_%1$s() RETURNS trigger
            LANGUAGE plpgsql AS $body$
            DECLARE
                bulk_threshold constant integer := 100;
                changed_by text := left(nullif(current_setting('bookingweb.user', true), ''), 200);
                changed_origin text := left(nullif(current_setting('bookingweb.origin', true), ''), 200);
                audit_ids bigint[];
                written integer;
                payload text;
            BEGIN
                IF TG_OP = 'UPDATE' THEN
                    WITH changed AS (
                        SELECT n.id AS row_id, %3$s AS booking_id,
                               %4$s AS changes
                        FROM old_rows o JOIN new_rows n USING (id)
                        WHERE (o.*) IS DISTINCT FROM (n.*)),
                    written_rows AS (
                        INSERT INTO audit_log (table_name, row_id, booking_id, operation, changes, changed_by, origin)
                        SELECT TG_TABLE_NAME, c.row_id, c.booking_id, TG_OP, c.changes, changed_by, changed_origin
                        FROM changed c
                        ORDER BY c.row_id
                        RETURNING id)
                    SELECT count(*)::integer, array_agg(id ORDER BY id) INTO written, audit_ids FROM written_rows;
                ELSIF TG_OP = 'INSERT' THEN
                    WITH written_rows AS (
                        INSERT INTO audit_log (table_name, row_id, booking_id, operation, changes, changed_by, origin)
                        SELECT TG_TABLE_NAME, (c.row ->> 'id')::integer, (c.row ->> %2$L)::integer, TG_OP,
                               (SELECT jsonb_object_agg(key, jsonb_build_object('new', value)) FROM jsonb_each(c.row)),
                               changed_by, changed_origin
                        FROM (SELECT to_jsonb(new_rows) AS row FROM new_rows) AS c
                        ORDER BY (c.row ->> 'id')::integer
                        RETURNING id)
                    SELECT count(*)::integer, array_agg(id ORDER BY id) INTO written, audit_ids FROM written_rows;
                ELSE
                    WITH written_rows AS (
                        INSERT INTO audit_log (table_name, row_id, booking_id, operation, changes, changed_by, origin)
                        SELECT TG_TABLE_NAME, (c.row ->> 'id')::integer, (c.row ->> %2$L)::integer, TG_OP,
                               (SELECT jsonb_object_agg(key, jsonb_build_object('old', value)) FROM jsonb_each(c.row)),
                               changed_by, changed_origin
                        FROM (SELECT to_jsonb(old_rows) AS row FROM old_rows) AS c
                        ORDER BY (c.row ->> 'id')::integer
                        RETURNING id)
                    SELECT count(*)::integer, array_agg(id ORDER BY id) INTO written, audit_ids FROM written_rows;
                END IF;

                IF written = 0 THEN
                    RETURN NULL;
                ELSIF written > bulk_threshold THEN
                    PERFORM pg_notify('bookingweb_changes', json_build_object(
                        'table', TG_TABLE_NAME, 'op', TG_OP, 'bulk', true, 'count', written,
                        'by', changed_by, 'origin', changed_origin,
                        'audit_id', audit_ids[1], 'last_audit_id', audit_ids[written])::text);
                    RETURN NULL;
                END IF;

                FOR payload IN
                    SELECT json_build_object(
                        'table', a.table_name, 'op', a.operation, 'id', a.row_id, 'booking_id', a.booking_id,
                        'version', t.xmin::text, 'by', a.changed_by, 'origin', a.origin, 'audit_id', a.id)::text
                    FROM audit_log a
                    LEFT JOIN %1$I t ON t.id = a.row_id AND a.operation <> 'DELETE'
                    WHERE a.id = ANY(audit_ids)
                    ORDER BY a.id
                LOOP
                    PERFORM pg_notify('bookingweb_changes', payload);
                END LOOP;
                RETURN NULL;
            END;
            $body$;
            $template$,
                    table_name,
                    CASE WHEN table_name = 'bookings' THEN 'id' ELSE 'booking_id' END,
                    CASE WHEN table_name = 'bookings' THEN 'n.id' WHEN has_booking_id THEN 'n.booking_id' ELSE 'NULL::integer' END,
                    column_changes);
            END;
            $build$;
            """;
    }
}
