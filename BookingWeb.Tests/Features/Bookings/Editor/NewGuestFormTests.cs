using BookingWeb.Features.Bookings.Editor;
using BookingWeb.Features.Guests;
using BookingWeb.Platform.Data;
using BookingWeb.Testing;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace BookingWeb.Tests.Features.Bookings.Editor;

/// <summary>The booking editor's new-guest dialog warns about a guest likely on file and offers them for the booking.</summary>
public class NewGuestFormTests(DatabaseFixture database) : EditorComponentTestContext(database)
{
    private readonly string _name = "Dopp" + Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task A_guest_like_one_on_file_warns_before_saving_and_one_click_takes_the_guest_on_file_for_the_booking()
    {
        var onFile = await AddGuestAsync("Theodor", _name, phone: "+43 512 777");
        var (provider, dialog) = await OpenAsync();
        Input(provider, "First name").Change("theodor");
        Input(provider, "Last name").Change(_name.ToUpperInvariant());
        Input(provider, "Phone").Change("+43512777");

        await ClickAsync(provider, "Add guest");

        Eventually(provider, () => Assert.Contains(
            "A guest with this name and the same e-mail or phone is already on file. Use them for this booking, or add a new guest anyway.",
            Warning(provider).TextContent));
        Assert.Contains($"{_name}, Theodor", Warning(provider).TextContent);
        Assert.False(dialog.Result.IsCompleted);
        Assert.Equal(1, await CountAsync());

        await provider.Find($"button[aria-label='Use {_name}, Theodor for this booking']").ClickAsync(new MouseEventArgs());

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(new GuestOption(onFile.Id, $"{_name}, Theodor"), Assert.IsType<GuestOption>(result!.Data));
        Assert.Equal(1, await CountAsync());
    }

    [Fact]
    public async Task Create_anyway_adds_the_new_guest_beside_the_one_on_file()
    {
        var onFile = await AddGuestAsync("Wilma", _name, email: "wilma@example.org");
        var (provider, dialog) = await OpenAsync();
        Input(provider, "First name").Change("Wilma");
        Input(provider, "Last name").Change(_name);
        Input(provider, "E-mail").Change("WILMA@example.org ");
        await ClickAsync(provider, "Add guest");
        Eventually(provider, () => Assert.Contains($"{_name}, Wilma · wilma@example.org", Warning(provider).TextContent));

        await ClickAsync(provider, "Create anyway");

        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        var created = Assert.IsType<GuestOption>(result!.Data);
        Assert.NotEqual(onFile.Id, created.Id);
        Assert.Equal(2, await CountAsync());
    }

    [Fact]
    public async Task Changing_a_field_after_the_warning_takes_it_away_and_a_guest_no_longer_alike_is_added_at_once()
    {
        await AddGuestAsync("Olga", _name, phone: "+46 70 1");
        var (provider, dialog) = await OpenAsync();
        Input(provider, "First name").Change("Olga");
        Input(provider, "Last name").Change(_name);
        Input(provider, "Phone").Change("+46 70 1");
        await ClickAsync(provider, "Add guest");
        Eventually(provider, () => Assert.Single(provider.FindAll("[data-testid=duplicate-guest]")));

        Input(provider, "Phone").Change("+46 70 2");

        Eventually(provider, () => Assert.Empty(provider.FindAll("[data-testid=duplicate-guest]")));
        await ClickAsync(provider, "Add guest");
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.IsType<GuestOption>(result!.Data);
        Assert.Equal(2, await CountAsync());
    }

    private async Task<(IRenderedComponent<MudDialogProvider>, IDialogReference)> OpenAsync()
    {
        var dialogs = Services.GetRequiredService<IDialogService>();
        var provider = Render<MudDialogProvider>();
        var dialog = await provider.InvokeAsync(() => dialogs.ShowAsync<NewGuestForm>("New guest", NewGuestForm.Options));
        return (provider, dialog);
    }

    private static AngleSharp.Dom.IElement Warning(IRenderedComponent<MudDialogProvider> provider) => provider.Find("[data-testid=duplicate-guest]");

    private static Task ClickAsync(IRenderedComponent<MudDialogProvider> provider, string button) =>
        provider.FindAll("button").Single(b => b.TextContent.Trim() == button).ClickAsync(new MouseEventArgs());

    private async Task<int> CountAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Guests.CountAsync(g => g.LastName.ToLower() == _name.ToLower());
    }
}
