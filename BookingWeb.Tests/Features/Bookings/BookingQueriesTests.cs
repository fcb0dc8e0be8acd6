using BookingWeb.Platform.Data;
using BookingWeb.Features.Bookings;
using BookingWeb.Collaboration.Live;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using BookingWeb.Features.Bookings.List;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>Three named bookings in 2026 and thirty older filler bookings, seeded once for the class.</summary>
public sealed class BookingListDatabase : DatabaseFixture
{
    public const int FillerCount = 30;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateContext();
        var rooms = Enumerable.Range(101, 4).Select(n => new Room { Number = $"{n}", BaseRate = 100 }).ToArray();
        var ada = new Guest { FirstName = "Ada", LastName = "Lovelace", Email = "ada@example.com" };
        var grace = new Guest { FirstName = "Grace", LastName = "Hopper", Email = "grace.hopper@navy.example" };
        var alan = new Guest { FirstName = "Alan", LastName = "Turing", Email = "alan@bletchley.example" };
        var filler = new Guest { FirstName = "Filler", LastName = "Guest" };
        db.AddRange(
            new Booking
            {
                ReservationNumber = "RES-2026-0001", Room = rooms[0], Guest = ada, RatePerNight = 100,
                CheckIn = new(2026, 5, 3), CheckOut = new(2026, 5, 6), Status = BookingStatus.Confirmed,
                Services = [new AdditionalService { Description = "Breakfast", Quantity = 2, UnitPrice = 15 }],
                Discounts = [new Discount { Description = "Friends", Kind = DiscountKind.Percent, Value = 10 }],
            },
            new Booking
            {
                ReservationNumber = "RES-2026-0002", Room = rooms[1], Guest = grace, RatePerNight = 80,
                CheckIn = new(2026, 5, 10), CheckOut = new(2026, 5, 12), Status = BookingStatus.Cancelled,
            },
            new Booking
            {
                ReservationNumber = "RES-2026-0003", Room = rooms[2], Guest = alan, RatePerNight = 90,
                CheckIn = new(2026, 6, 1), CheckOut = new(2026, 6, 5), Status = BookingStatus.CheckedIn,
            });
        db.AddRange(Enumerable.Range(1, FillerCount).Select(i => new Booking
        {
            ReservationNumber = $"RES-2025-{i:0000}", Room = rooms[3], Guest = filler, RatePerNight = 50,
            CheckIn = new DateOnly(2025, 1, 1).AddDays(3 * i), CheckOut = new DateOnly(2025, 1, 1).AddDays(3 * i + 2),
            Status = BookingStatus.Tentative,
        }));
        await db.SaveChangesAsync();
    }
}

public class BookingQueriesTests(BookingListDatabase database) : IClassFixture<BookingListDatabase>
{
    private const int AllBookings = BookingListDatabase.FillerCount + 3;

    private readonly BookingQueries _queries = new(database.ContextFactory, new SharedReads(new ChangeFeed(NullLogger<ChangeFeed>.Instance), TimeProvider.System), NullLogger<BookingQueries>.Instance);

    private Task<BookingListPage> ListAsync(BookingFilter filter, BookingSort? sort = null, int skip = 0, int take = 25) =>
        _queries.ListAsync(filter, sort ?? BookingSort.Default, skip, take);

    private static string[] Numbers(BookingListPage page) => page.Items.Select(i => i.ReservationNumber).ToArray();

    [Fact]
    public async Task The_first_page_holds_25_rows_and_counts_every_match()
    {
        var page = await ListAsync(BookingFilter.None);
        Assert.Equal(AllBookings, page.TotalCount);
        Assert.Equal(25, page.Items.Count);
    }

    [Fact]
    public async Task The_last_page_holds_the_remaining_rows_and_repeats_none_of_the_first()
    {
        var first = await ListAsync(BookingFilter.None);
        var last = await ListAsync(BookingFilter.None, skip: 25);
        Assert.Equal(AllBookings - 25, last.Items.Count);
        Assert.Empty(Numbers(first).Intersect(Numbers(last)));
        Assert.Equal("RES-2025-0001", last.Items[^1].ReservationNumber);
    }

    [Fact]
    public async Task By_default_the_latest_check_in_comes_first()
    {
        var page = await ListAsync(BookingFilter.None);
        Assert.Equal(["RES-2026-0003", "RES-2026-0002", "RES-2026-0001"], Numbers(page)[..3]);
        Assert.Equal(page.Items.Select(i => i.CheckIn).OrderDescending(), page.Items.Select(i => i.CheckIn));
    }

    [Fact]
    public async Task Rows_can_be_sorted_by_guest_name_and_by_nights()
    {
        var byGuest = await ListAsync(BookingFilter.None, new BookingSort(nameof(BookingListItem.GuestName), false), take: 100);
        Assert.Equal(byGuest.Items.Select(i => i.GuestLastName).Order(StringComparer.Ordinal), byGuest.Items.Select(i => i.GuestLastName));

        var byNights = await ListAsync(BookingFilter.None, new BookingSort(nameof(BookingListItem.Nights), true));
        Assert.Equal("RES-2026-0003", byNights.Items[0].ReservationNumber);
    }

    [Fact]
    public async Task Searching_a_reservation_number_finds_that_booking()
    {
        var page = await ListAsync(new BookingFilter { Search = "res-2026-0002" });
        Assert.Equal(["RES-2026-0002"], Numbers(page));
        Assert.Equal(1, page.TotalCount);
    }

    [Fact]
    public async Task Searching_a_guest_last_name_ignores_case()
    {
        var page = await ListAsync(new BookingFilter { Search = "LOVELACE" });
        Assert.Equal(["RES-2026-0001"], Numbers(page));
        Assert.Equal("Lovelace, Ada", page.Items[0].GuestName);
    }

    [Fact]
    public async Task Searching_part_of_an_e_mail_address_finds_the_guest()
    {
        var page = await ListAsync(new BookingFilter { Search = "navy.EXAMPLE" });
        Assert.Equal(["RES-2026-0002"], Numbers(page));
    }

    [Fact]
    public async Task Searching_first_and_last_name_together_needs_both_to_match()
    {
        Assert.Equal(["RES-2026-0003"], Numbers(await ListAsync(new BookingFilter { Search = "alan turing" })));
        Assert.Empty(Numbers(await ListAsync(new BookingFilter { Search = "alan hopper" })));
    }

    [Fact]
    public async Task Like_wildcards_typed_in_the_search_are_taken_literally()
    {
        var page = await ListAsync(new BookingFilter { Search = "%" });
        Assert.Equal(0, page.TotalCount);
    }

    [Fact]
    public async Task The_status_filter_keeps_only_the_chosen_statuses()
    {
        var cancelled = await ListAsync(new BookingFilter { Statuses = [BookingStatus.Cancelled] });
        Assert.Equal(["RES-2026-0002"], Numbers(cancelled));

        var live = await ListAsync(new BookingFilter { Statuses = [BookingStatus.Confirmed, BookingStatus.CheckedIn] });
        Assert.Equal(["RES-2026-0003", "RES-2026-0001"], Numbers(live));
    }

    [Fact]
    public async Task The_stay_range_finds_bookings_with_a_night_in_it()
    {
        // Ada stays 3–6 May (nights 3, 4, 5); Grace arrives 10 May.
        var overlapping = await ListAsync(new BookingFilter { StayFrom = new(2026, 5, 5), StayTo = new(2026, 5, 10) });
        Assert.Equal(["RES-2026-0002", "RES-2026-0001"], Numbers(overlapping));

        var between = await ListAsync(new BookingFilter { StayFrom = new(2026, 5, 6), StayTo = new(2026, 5, 9) });
        Assert.Empty(between.Items);

        var onlyFrom = await ListAsync(new BookingFilter { StayFrom = new(2026, 5, 11) });
        Assert.Equal(["RES-2026-0003", "RES-2026-0002"], Numbers(onlyFrom));
    }

    [Fact]
    public async Task Filters_combine_with_the_search()
    {
        var page = await ListAsync(new BookingFilter { Search = "RES-2026", Statuses = [BookingStatus.Cancelled, BookingStatus.CheckedIn], StayTo = new(2026, 5, 31) });
        Assert.Equal(["RES-2026-0002"], Numbers(page));
    }

    [Fact]
    public async Task A_row_shows_nights_and_the_discounted_grand_total()
    {
        var ada = (await ListAsync(new BookingFilter { Search = "RES-2026-0001" })).Items.Single();
        Assert.Equal(3, ada.Nights);
        Assert.Equal("101", ada.RoomNumber);
        Assert.Equal(297.00m, ada.GrandTotal); // (3 × 100 + 2 × 15) − 10 %
    }
}
