using BookingWeb.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace BookingWeb.Tests.Smoke;

public class AppSmokeTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_dashboard_becomes_interactive_in_a_real_browser()
    {
        var page = await app.NewPageAsync();
        await AppFixture.OpenAsync(page, "/");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Click" }).ClickAsync();
        await Expect(page.Locator("#count")).ToHaveTextAsync("1");
    }
}
