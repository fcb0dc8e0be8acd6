using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Collaboration.Merging;

/// <summary>The guest editor in two browsers: a merge without asking, then the dialog's "take theirs".</summary>
public class GuestMergePageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_phone_and_a_city_merge_and_a_clashing_e_mail_is_settled_with_theirs()
    {
        int id;
        await using (var db = app.CreateContext())
        {
            var guest = new Guest { FirstName = "Lotte", LastName = "Brandt" };
            db.Guests.Add(guest);
            await db.SaveChangesAsync();
            id = guest.Id;
        }
        var admin = await app.NewPageAsync(TestAccounts.Admin);
        var staff = await app.NewPageAsync(TestAccounts.Staff);
        await AppFixture.OpenAsync(admin, $"/guests/{id}");
        await AppFixture.OpenAsync(staff, $"/guests/{id}");

        await admin.GetByLabel("Phone").FillAsync("+49 30 555");
        await admin.GetByLabel("E-mail").FillAsync("lotte@admin.example");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(admin.GetByText("Guest saved").First).ToBeVisibleAsync();
        await staff.GetByLabel("City").FillAsync("Potsdam");
        await staff.GetByLabel("E-mail").FillAsync("lotte@desk.example");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var dialog = staff.GetByRole(AriaRole.Dialog);
        var email = dialog.GetByRole(AriaRole.Group, new() { Name = "E-mail", Exact = true });
        await Expect(email.Locator("dd")).ToHaveTextAsync([BookingWeb.Collaboration.Merging.ConflictValues.Empty, "lotte@admin.example", "lotte@desk.example"]);
        await Expect(email).ToContainTextAsync($"Theirs ({TestAccounts.Admin.DisplayName} at ");
        await email.GetByLabel("Take theirs").CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();

        await Expect(staff.GetByTestId("merge-summary")).ToContainTextAsync("new phone; saved your city; used your choice for e-mail.");
        await Expect(staff.GetByLabel("Phone")).ToHaveValueAsync("+49 30 555");
        await using var check = app.CreateContext();
        var stored = await check.Guests.AsNoTracking().SingleAsync(g => g.Id == id);
        Assert.Equal(("+49 30 555", "Potsdam", "lotte@admin.example"), (stored.Phone, stored.City, stored.Email));
    }
}
