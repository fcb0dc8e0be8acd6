using BookingWeb.Collaboration.Merging;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>Two receptionists on one booking and its services, each with their own context, against a real PostgreSQL.</summary>
public class BookingMergeTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly DateOnly May3 = new(2027, 5, 3);
    private readonly TwoReceptionists _desks = new(database);
    private static int _reservations;

    [Fact]
    public async Task Anna_moving_the_check_out_and_me_taking_a_payment_both_survive()
    {
        await using var editor = await _desks.OpenAsync<Booking>(await AddBookingAsync());
        var booking = editor.Entity;

        await _desks.ChangeAsAnnaAsync<Booking>(booking.Id, b => b.CheckOut = May3.AddDays(4));
        booking.AmountPaid = 150.00m;
        booking.Notes = "Paid cash at the desk";
        var saved = Assert.IsType<MergingSave.Saved>(await editor.SaveAsync());

        Assert.Equal(["amount_paid", "notes", "updated_at", "updated_by"], _desks.Updates.SetLists[^1]);
        var stored = await _desks.ReloadAsync<Booking>(booking.Id);
        Assert.Equal((May3.AddDays(4), 150m, "Paid cash at the desk"), (stored.CheckOut, stored.AmountPaid, stored.Notes));
        var summary = new MergeSummary("Anna", new Dictionary<string, string>
        {
            [nameof(Booking.CheckOut)] = "check-out date", [nameof(Booking.AmountPaid)] = "amount paid", [nameof(Booking.Notes)] = "notes",
        }).Add(saved.Merged!);
        Assert.Equal("Kept Anna's new check-out date; saved your amount paid and notes.", summary.Sentence());
    }

    [Fact]
    public async Task Both_moving_the_check_out_differently_is_a_conflict_with_the_three_dates()
    {
        await using var editor = await _desks.OpenAsync<Booking>(await AddBookingAsync());
        var booking = editor.Entity;

        await _desks.ChangeAsAnnaAsync<Booking>(booking.Id, b => b.CheckOut = May3.AddDays(4));
        booking.CheckOut = May3.AddDays(3);
        var conflicted = Assert.IsType<MergingSave.Conflicted>(await editor.SaveAsync());

        var checkOut = Assert.Single(conflicted.Merge.Conflicts);
        Assert.Equal((nameof(Booking.CheckOut), May3.AddDays(2), May3.AddDays(3), May3.AddDays(4)),
            (checkOut.Field, checkOut.Original, checkOut.Mine, checkOut.Theirs));
        Assert.Equal(May3.AddDays(4), (await _desks.ReloadAsync<Booking>(booking.Id)).CheckOut);
    }

    [Fact]
    public async Task A_rate_typed_at_another_scale_is_no_change_and_anna_s_new_rate_stays()
    {
        await using var editor = await _desks.OpenAsync<Booking>(await AddBookingAsync());
        var booking = editor.Entity;

        await _desks.ChangeAsAnnaAsync<Booking>(booking.Id, b => b.RatePerNight = 95m);
        booking.RatePerNight = 80.0m;
        booking.Children = 1;
        var saved = Assert.IsType<MergingSave.Saved>(await editor.SaveAsync());

        Assert.Equal(FieldOutcome.Theirs, saved.Merged![nameof(Booking.RatePerNight)].Outcome);
        var stored = await _desks.ReloadAsync<Booking>(booking.Id);
        Assert.Equal((95m, 1), (stored.RatePerNight, stored.Children));
    }

    [Fact]
    public async Task A_booking_deleted_meanwhile_is_reported()
    {
        await using var editor = await _desks.OpenAsync<Booking>(await AddBookingAsync());
        var booking = editor.Entity;

        await _desks.DeleteAsAnnaAsync<Booking>(booking.Id);
        booking.Notes = "Late arrival";

        Assert.IsType<MergingSave.DeletedMeanwhile>(await editor.SaveAsync());
    }

    [Fact]
    public async Task Services_edited_in_two_contexts_merge_by_row_id()
    {
        var id = await AddBookingAsync(("Breakfast", 12m), ("Parking", 8m));
        await using var mine = _desks.MyContext();
        var booking = await mine.Bookings.Include(b => b.Services).SingleAsync(b => b.Id == id);
        var originalLines = ServiceLines(mine, booking.Services);
        var breakfast = booking.Services.Single(s => s.Description == "Breakfast");
        var parking = booking.Services.Single(s => s.Description == "Parking");

        await using (var anna = database.CreateContext("anna"))
        {
            var theirs = await anna.Bookings.Include(b => b.Services).SingleAsync(b => b.Id == id);
            theirs.Services.Single(s => s.Id == breakfast.Id).UnitPrice = 14m;
            theirs.Services.Add(new AdditionalService { Description = "Dog", UnitPrice = 15m });
            await anna.SaveChangesAsync();
        }
        breakfast.Description = "Breakfast buffet";
        booking.Services.Remove(parking);
        var lateCheckOut = new AdditionalService { Description = "Late check-out", UnitPrice = 20m, BookingId = id };
        var myLines = ServiceLines(mine, booking.Services);
        myLines.Add(LineKey.New("late"), EntitySnapshot.Of(mine, lateCheckOut));
        await using var check = database.CreateContext();
        var databaseLines = ServiceLines(check, await check.AdditionalServices.Where(s => s.BookingId == id).ToListAsync());

        var result = LineMerge.Merge(originalLines, myLines, databaseLines);

        Assert.False(result.HasConflicts);
        Assert.Equal(LineOutcome.RemovedByMe, result[LineKey.Row(parking.Id)].Outcome);
        Assert.Equal(LineOutcome.AddedByMe, result[LineKey.New("late")].Outcome);
        var dog = Assert.Single(result.Lines, l => l.Outcome == LineOutcome.AddedByThem);
        Assert.Equal("Dog", dog.Merged![nameof(AdditionalService.Description)]);
        var merged = result.Kept[LineKey.Row(breakfast.Id)];
        Assert.Equal(("Breakfast buffet", 14m), (merged[nameof(AdditionalService.Description)], merged[nameof(AdditionalService.UnitPrice)]));
        Assert.Equal([nameof(AdditionalService.Description)], result[LineKey.Row(breakfast.Id)].Fields!.FieldsToWrite);
    }

    private static Dictionary<LineKey, IReadOnlyDictionary<string, object?>> ServiceLines(DbContext db, IEnumerable<AdditionalService> services) =>
        services.ToDictionary(s => LineKey.Row(s.Id), s => EntitySnapshot.Of(db, s));

    private async Task<int> AddBookingAsync(params (string Description, decimal Price)[] services)
    {
        var number = Interlocked.Increment(ref _reservations);
        await using var db = database.CreateContext();
        var booking = new Booking
        {
            ReservationNumber = $"RES-2027-{8000 + number}",
            Room = new Room { Number = $"M{number}", BaseRate = 80m },
            Guest = new Guest { FirstName = "Mia", LastName = "Müller" },
            CheckIn = May3,
            CheckOut = May3.AddDays(2),
            RatePerNight = 80m,
            Services = services.Select(s => new AdditionalService { Description = s.Description, UnitPrice = s.Price }).ToList(),
        };
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking.Id;
    }
}
