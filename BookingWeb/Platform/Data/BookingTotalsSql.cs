namespace BookingWeb.Platform.Data;

/// <summary>
/// <see cref="BookingTotals.Calculate"/>'s rule written in SQL, for reads that add up the money of many bookings inside
/// PostgreSQL instead of loading them: the same per-line rounding to cents (PostgreSQL's <c>round(numeric, 2)</c> rounds
/// half away from zero, as the C# does), nothing negative, percentages of the room and services together and at most
/// 100, and discounts never above what is charged. Change both together: BookingTotalsSqlTests holds them to the same
/// answers.
/// </summary>
public static class BookingTotalsSql
{
    /// <summary>
    /// Two lateral joins to append after a FROM clause that names the bookings table <c>b</c>; they add the columns
    /// <c>money.room_total</c>, <c>money.services_total</c> and <c>money.discount_total</c> (grand total = room + services − discount).
    /// Each booking's lines are looked up through their booking_id index, so the cost follows the bookings read, not the
    /// size of the line tables. OFFSET 0 keeps PostgreSQL from pulling a subquery up into every expression that uses its
    /// columns, which would look up the same lines once per use.
    /// </summary>
    public const string LateralJoins = $"""
        CROSS JOIN LATERAL (
            SELECT round((b.check_out - b.check_in) * greatest(b.rate_per_night, 0), 2) AS room_total,
                   coalesce((SELECT sum(round(greatest(s.quantity, 0) * greatest(s.unit_price, 0), 2))
                             FROM additional_services s WHERE s.booking_id = b.id), 0) AS services_total
            OFFSET 0
        ) charged
        CROSS JOIN LATERAL (
            SELECT charged.room_total, charged.services_total,
                   least(charged.room_total + charged.services_total,
                         coalesce((SELECT sum(CASE WHEN d.kind = '{nameof(DiscountKind.Percent)}'
                                                   THEN round((charged.room_total + charged.services_total) * least(100, greatest(d.value, 0)) / 100, 2)
                                                   ELSE round(greatest(d.value, 0), 2) END)
                                   FROM discounts d WHERE d.booking_id = b.id), 0)) AS discount_total
            OFFSET 0
        ) money
        """;
}
