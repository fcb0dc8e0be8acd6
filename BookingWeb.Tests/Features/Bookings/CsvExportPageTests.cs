using System.Text;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Features.Bookings;

/// <summary>Export CSV gives the bookings and guests lists exactly as filtered, as a file spreadsheets open as it is.</summary>
public class CsvExportPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_bookings_list_as_searched_downloads_as_a_csv_with_a_bom_and_the_grids_columns()
    {
        await SeedAsync("RES-2027-0901", "E91", "Exportova");
        await SeedAsync("RES-2027-0902", "E92", "Elsewhere, \"Quoted\"");
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/bookings?q=Exportova");
        await Expect(page.Locator("tr[data-booking-id]")).ToHaveCountAsync(1);

        var text = await DownloadAsync(page, "bookings-");

        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Reservation,Guest,Room,Check-in,Check-out,Nights,Status,Payment,Total", lines[0]);
        Assert.Equal(["RES-2027-0901,\"Exportova, Dana\",E91,2027-09-01,2027-09-03,2,Confirmed,Unpaid,200.00"], lines[1..]);
    }

    [Fact]
    public async Task The_guests_list_as_searched_downloads_as_a_csv_with_commas_inside_names_quoted()
    {
        await SeedAsync("RES-2027-0903", "E93", "Quote, \"Marks\"");
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/guests");
        await page.GetByLabel("Search").FillAsync("Marks");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await Expect(page.GetByText("Quote, \"Marks\"")).ToBeVisibleAsync();

        var text = await DownloadAsync(page, "guests-");

        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Last name,First name,E-mail,Phone,City,Country", lines[0]);
        Assert.Equal(["\"Quote, \"\"Marks\"\"\",Dana,,,,"], lines[1..]);
    }

    private static async Task<string> DownloadAsync(IPage page, string namePrefix)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
        Assert.StartsWith(namePrefix, download.SuggestedFilename);
        Assert.EndsWith(".csv", download.SuggestedFilename);
        await using var stream = await download.CreateReadStreamAsync();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        var content = bytes.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), content[..3]);
        await Expect(page.GetByText("rows exported to")).ToBeVisibleAsync();
        return Encoding.UTF8.GetString(content[3..]);
    }

    private async Task SeedAsync(string number, string roomNumber, string lastName)
    {
        await using var db = app.CreateContext();
        db.Bookings.Add(new Booking
        {
            ReservationNumber = number,
            Room = new Room { Number = roomNumber, Name = "", BaseRate = 100 },
            Guest = new Guest { FirstName = "Dana", LastName = lastName },
            CheckIn = new DateOnly(2027, 9, 1),
            CheckOut = new DateOnly(2027, 9, 3),
            RatePerNight = 100,
        });
        await db.SaveChangesAsync();
    }
}
