using System.Runtime.CompilerServices;
using System.Linq.Expressions;
using BookingWeb.Platform.Data;
using BookingWeb.Collaboration.Live;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Features.Bookings.List;

/// <summary>
/// Reads for the bookings list. Filtering, sorting, paging and the projection to <see cref="BookingListItem"/> all
/// run in PostgreSQL; only the visible page crosses the wire.
/// </summary>
public sealed class BookingQueries(
    IDbContextFactory<BookingDbContext> contextFactory, SharedReads sharedReads, ILogger<BookingQueries> logger)
{
    /// <summary>
    /// One page of the list. Pages of several people showing the same list at the same moment share one read, which
    /// holds at least the changes announced up to <paramref name="heardAt"/> (see <see cref="SharedReads"/>).
    /// </summary>
    public Task<BookingListPage> ListAsync(BookingFilter filter, BookingSort sort, int skip, int take,
        DateTimeOffset? heardAt = null, CancellationToken cancellationToken = default) =>
        sharedReads.ReadAsync(new ListRead(filter, sort, skip, take), () => ReadListAsync(filter, sort, skip, take), heardAt, cancellationToken);

    private sealed record ListRead(BookingFilter Filter, BookingSort Sort, int Skip, int Take);

    private async Task<BookingListPage> ReadListAsync(BookingFilter filter, BookingSort sort, int skip, int take)
    {
        var cancellationToken = CancellationToken.None; // shared by several callers: none of them may cancel it
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var bookings = await FilteredAsync(db, db.Bookings.AsNoTracking(), filter, cancellationToken);

        var totalCount = await bookings.CountAsync(cancellationToken);
        var rows = await Sorted(bookings, sort)
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 1, 500))
            .Select(ToPageRow)
            .ToListAsync(cancellationToken);

        var items = await WithGrandTotalsAsync(db, rows, cancellationToken);
        logger.LogDebug("Bookings list: {Count} of {TotalCount} rows from {Skip}", items.Count, totalCount, skip);
        return new BookingListPage(items, totalCount);
    }

    /// <summary>Every row matching the filter, in the list's order, a batch at a time (the CSV export).</summary>
    public async IAsyncEnumerable<IReadOnlyList<BookingListItem>> AllAsync(BookingFilter filter, BookingSort sort,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const int batch = 1_000;
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var bookings = Sorted(await FilteredAsync(db, db.Bookings.AsNoTracking(), filter, cancellationToken), sort);
        for (var skip = 0; ; skip += batch)
        {
            var rows = await bookings.Skip(skip).Take(batch).Select(ToPageRow).ToListAsync(cancellationToken);
            if (rows.Count > 0) yield return await WithGrandTotalsAsync(db, rows, cancellationToken);
            if (rows.Count < batch) yield break;
        }
    }

    /// <summary>
    /// The rows with these ids as the list shows them, in one round trip (lines included), leaving out those that no
    /// longer match <paramref name="filter"/>: a live change to rows in view refreshes just them. Every page showing the
    /// same rows refreshes them after the same change, so overlapping refreshes share one read like <see cref="ListAsync"/>.
    /// </summary>
    public Task<IReadOnlyList<BookingListItem>> RowsAsync(BookingFilter filter, IReadOnlyCollection<int> ids,
        DateTimeOffset? heardAt = null, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct().Order().ToArray();
        return sharedReads.ReadAsync(new RowsRead(filter, string.Join(',', wanted)), () => ReadRowsAsync(filter, wanted), heardAt, cancellationToken);
    }

    /// <summary>The ids as text: a record compares arrays by reference, strings by value.</summary>
    private sealed record RowsRead(BookingFilter Filter, string Ids);

    private async Task<IReadOnlyList<BookingListItem>> ReadRowsAsync(BookingFilter filter, int[] wanted)
    {
        var cancellationToken = CancellationToken.None; // shared by several callers: none of them may cancel it
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await (await FilteredAsync(db, db.Bookings.AsNoTracking().Where(b => wanted.Contains(b.Id)), filter, cancellationToken))
            .AsSingleQuery() // a handful of rows: joining both line tables costs less than more round trips
            .Select(WithLines)
            .ToListAsync(cancellationToken);
        return rows.Select(r => WithGrandTotal(r.Row, r.Services, r.Discounts)).ToList();
    }

    private static readonly Expression<Func<Booking, PageRow>> ToPageRow = b => new PageRow(new BookingListItem
    {
        Id = b.Id,
        ReservationNumber = b.ReservationNumber,
        GuestLastName = b.Guest!.LastName,
        GuestFirstName = b.Guest.FirstName,
        RoomNumber = b.Room!.Number,
        CheckIn = b.CheckIn,
        CheckOut = b.CheckOut,
        Status = b.Status,
        PaymentStatus = b.PaymentStatus,
    }, b.RatePerNight, b.AmountPaid);

    /// <summary><see cref="ToPageRow"/> plus the booking's lines, for one round trip (EF inlines the invocation).</summary>
    private static readonly Expression<Func<Booking, RowWithLines>> WithLines = Compose();

    private static Expression<Func<Booking, RowWithLines>> Compose()
    {
        Expression<Func<Booking, PageRow, RowWithLines>> shape = (b, row) => new RowWithLines(row,
            b.Services.Select(s => new ServiceCharge(s.Quantity, s.UnitPrice)).ToList(),
            b.Discounts.Select(d => new DiscountRule(d.Kind, d.Value)).ToList());
        var booking = shape.Parameters[0];
        var body = new ParameterReplacer(shape.Parameters[1], Expression.Invoke(ToPageRow, booking)).Visit(shape.Body);
        return Expression.Lambda<Func<Booking, RowWithLines>>(body, booking);
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }

    /// <summary>
    /// The bookings <paramref name="filter"/> keeps. A search first reads the ids of the guests whose folded text holds
    /// its longest word (through their trigram index, see <see cref="SearchText"/>); the bookings are then those of such
    /// a guest or whose reservation number holds the word, both found through an index (an array of ids is indexable,
    /// a subquery is not). Every other word must appear in the booking's searched text too (a word holds no space, so
    /// it cannot match across two fields); one word needs no second look, which is where a search's time went.
    /// </summary>
    private static async Task<IQueryable<Booking>> FilteredAsync(
        BookingDbContext db, IQueryable<Booking> bookings, BookingFilter filter, CancellationToken cancellationToken)
    {
        if (filter.SearchWords is { Any: true } search)
        {
            var longest = search.LongestPattern;
            var patterns = search.Patterns;
            var guestIds = await db.Guests
                .Where(g => EF.Functions.ILike(SearchText.OfGuest(g.FirstName, g.LastName, g.Email, g.Phone), SearchText.Fold(longest)))
                .Select(g => g.Id).ToArrayAsync(cancellationToken);
            bookings = bookings.Where(b => (EF.Functions.ILike(b.ReservationNumber, longest) || guestIds.Contains(b.GuestId))
                && (EF.Parameter(patterns.Length) == 1 || patterns.All(p => EF.Functions.ILike(
                    b.ReservationNumber + " " + SearchText.OfGuest(b.Guest!.FirstName, b.Guest.LastName, b.Guest.Email, b.Guest.Phone),
                    SearchText.Fold(p)))));
        }
        if (filter.Statuses.Count > 0)
        {
            var statuses = filter.Statuses.ToArray();
            bookings = bookings.Where(b => statuses.Contains(b.Status));
        }
        // A stay covers the nights check-in .. check-out - 1.
        if (filter.StayFrom is { } from)
            bookings = bookings.Where(b => b.CheckOut > from);
        if (filter.StayTo is { } to)
            bookings = bookings.Where(b => b.CheckIn <= to);
        return bookings;
    }

    private static IQueryable<Booking> Sorted(IQueryable<Booking> bookings, BookingSort sort)
    {
        IOrderedQueryable<Booking> ordered = sort.Column switch
        {
            nameof(BookingListItem.ReservationNumber) => By(b => b.ReservationNumber),
            nameof(BookingListItem.GuestName) or nameof(BookingListItem.GuestLastName) =>
                By(b => b.Guest!.LastName).ThenBy(b => b.Guest!.FirstName, sort.Descending),
            nameof(BookingListItem.RoomNumber) => By(b => b.Room!.Number),
            nameof(BookingListItem.CheckOut) => By(b => b.CheckOut),
            nameof(BookingListItem.Nights) => By(b => b.CheckOut.DayNumber - b.CheckIn.DayNumber),
            nameof(BookingListItem.Status) => By(b => b.Status),
            nameof(BookingListItem.PaymentStatus) => By(b => b.PaymentStatus),
            _ => By(b => b.CheckIn),
        };
        // The id breaks ties so that rows never jump between pages.
        return ordered.ThenBy(b => b.Id, sort.Descending);

        IOrderedQueryable<Booking> By<TKey>(Expression<Func<Booking, TKey>> key) =>
            sort.Descending ? bookings.OrderByDescending(key) : bookings.OrderBy(key);
    }

    /// <summary>Money comes from <see cref="BookingTotals.Calculate"/> (per-line rounding, capped discounts) for the visible rows only.</summary>
    private static async Task<List<BookingListItem>> WithGrandTotalsAsync(
        BookingDbContext db, List<PageRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Item.Id).ToArray();
        var services = (await db.AdditionalServices.AsNoTracking()
                .Where(s => ids.Contains(s.BookingId))
                .Select(s => new { s.BookingId, s.Quantity, s.UnitPrice })
                .ToListAsync(cancellationToken))
            .ToLookup(s => s.BookingId, s => new ServiceCharge(s.Quantity, s.UnitPrice));
        var discounts = (await db.Discounts.AsNoTracking()
                .Where(d => ids.Contains(d.BookingId))
                .Select(d => new { d.BookingId, d.Kind, d.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(d => d.BookingId, d => new DiscountRule(d.Kind, d.Value));

        return rows.Select(r => WithGrandTotal(r, services[r.Item.Id], discounts[r.Item.Id])).ToList();
    }

    private static BookingListItem WithGrandTotal(PageRow row, IEnumerable<ServiceCharge> services, IEnumerable<DiscountRule> discounts) =>
        row.Item with
        {
            GrandTotal = BookingTotals.Calculate(row.Item.CheckIn, row.Item.CheckOut, row.RatePerNight, services, discounts, row.AmountPaid).GrandTotal,
        };

    private sealed record PageRow(BookingListItem Item, decimal RatePerNight, decimal AmountPaid);

    private sealed record RowWithLines(PageRow Row, List<ServiceCharge> Services, List<DiscountRule> Discounts);
}

internal static class OrderedQueryableExtensions
{
    public static IOrderedQueryable<T> ThenBy<T, TKey>(
        this IOrderedQueryable<T> source, Expression<Func<T, TKey>> key, bool descending) =>
        descending ? source.ThenByDescending(key) : source.ThenBy(key);
}
