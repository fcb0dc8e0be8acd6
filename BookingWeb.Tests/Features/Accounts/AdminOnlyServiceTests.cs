using BookingWeb.Platform.Data;
using BookingWeb.Features.Rooms;
using BookingWeb.Features.Users;
using BookingWeb.Shared;
using BookingWeb.Testing;
using BookingWeb.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using BookingWeb.Collaboration.Merging;

namespace BookingWeb.Tests.Features.Accounts;

/// <summary>The services themselves refuse a staff member, whatever the pages show or hide.</summary>
public class AdminOnlyServiceTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_staff_member_cannot_create_change_deactivate_or_delete_a_room()
    {
        var room = new Room { Number = "501", Name = "Garden", BaseRate = 80 };
        await using (var db = app.CreateContext())
        {
            db.Rooms.Add(room);
            await db.SaveChangesAsync();
        }
        await using var scope = app.ScopeSignedInAs(TestUser.Staff);
        var rooms = scope.ServiceProvider.GetRequiredService<RoomService>();

        var created = Assert.IsType<SaveResult.Invalid>(await rooms.SaveAsync(new Room { Number = "502", BaseRate = 90 }));
        Assert.Equal("Only administrators can change rooms.", created.Message);
        Assert.IsType<SaveResult.Invalid>(await rooms.SaveAsync(new Room { Id = room.Id, Version = room.Version, Number = "501", BaseRate = 1 }));
        Assert.IsType<SaveResult.Invalid>(await rooms.SaveAsync(new Room { Id = room.Id, Version = room.Version, Number = "501", BaseRate = 80, IsActive = false }));
        Assert.IsType<DeleteResult.Refused>(await rooms.DeleteAsync(room.Id));

        await using var check = app.CreateContext();
        var unchanged = await check.Rooms.SingleAsync(r => r.Number == "501");
        Assert.True(unchanged.IsActive);
        Assert.Equal(80, unchanged.BaseRate);
        Assert.False(await check.Rooms.AnyAsync(r => r.Number == "502"));
    }

    [Fact]
    public async Task A_staff_member_cannot_list_create_change_or_reset_user_accounts()
    {
        await using var scope = app.ScopeSignedInAs(TestUser.Staff);
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccountService>();
        await using var db = app.CreateContext();
        var staffId = (await db.Users.SingleAsync(u => u.Email == TestAccounts.Staff.Email)).Id;

        Assert.Empty(await accounts.ListAsync());
        Assert.Null(await accounts.LoadAsync(staffId));
        var promoted = new StaffAccountDraft { Id = staffId, Email = TestAccounts.Staff.Email, DisplayName = "Sam", Role = "Admin" };
        Assert.IsType<SaveResult.Invalid>(await accounts.SaveAsync(promoted));
        Assert.IsType<SaveResult.Invalid>(await accounts.SaveAsync(new StaffAccountDraft { Email = "new@test.hotel", DisplayName = "New", Password = "Some-Pass-2026" }));
        Assert.IsType<SaveResult.Invalid>(await accounts.ResetPasswordAsync(staffId, "Taken-Over-2026"));

        Assert.False(await db.Users.AnyAsync(u => u.Email == "new@test.hotel"));
        Assert.Equal(TestAccounts.Staff.DisplayName, (await db.Users.AsNoTracking().SingleAsync(u => u.Id == staffId)).DisplayName);
    }

    [Fact]
    public async Task An_admin_creates_an_account_that_can_sign_in_with_its_role()
    {
        await using var scope = app.ScopeSignedInAs(TestUser.Admin);
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccountService>();

        var weak = await accounts.SaveAsync(new StaffAccountDraft { Email = "nina@test.hotel", DisplayName = "Nina Night", Password = "short" });
        Assert.Contains("Password", Assert.IsType<SaveResult.Invalid>(weak).FieldErrors.Keys);
        var draft = new StaffAccountDraft { Email = "nina@test.hotel", DisplayName = "Nina Night", Role = "Admin", Password = "Night-Shift-2026" };
        Assert.IsType<SaveResult.Saved>(await accounts.SaveAsync(draft));

        using var client = await HttpSignIn.ClientAsync(app.BaseUrl, new TestAccount("nina@test.hotel", "Night-Shift-2026", "Nina Night"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/users")).StatusCode);
    }
}
