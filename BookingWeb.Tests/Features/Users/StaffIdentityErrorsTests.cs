using System.Globalization;
using BookingWeb.Features.Users;
using BookingWeb.Platform.Localization;
using Microsoft.AspNetCore.Identity;

namespace BookingWeb.Tests.Features.Users;

/// <summary>Identity's refusals: word for word Identity's own in English, German for German staff, the codes unchanged.</summary>
public class StaffIdentityErrorsTests
{
    private static readonly Func<IdentityErrorDescriber, IdentityError>[] Errors =
    [
        d => d.DefaultError(), d => d.ConcurrencyFailure(), d => d.PasswordMismatch(), d => d.InvalidToken(),
        d => d.InvalidUserName("a b"), d => d.InvalidEmail("a@"), d => d.DuplicateUserName("ada@test.hotel"), d => d.DuplicateEmail("ada@test.hotel"),
        d => d.PasswordTooShort(10), d => d.PasswordRequiresUniqueChars(4), d => d.PasswordRequiresNonAlphanumeric(),
        d => d.PasswordRequiresDigit(), d => d.PasswordRequiresLower(), d => d.PasswordRequiresUpper(),
    ];

    [Fact]
    public async Task In_English_they_are_Identitys_own_sentences()
    {
        await Task.Yield(); // the culture set below stays in this test's flow
        StaffCultures.Use(Languages.Culture(Languages.English, "€"));

        Assert.Equal(Errors.Select(e => (e(new IdentityErrorDescriber()).Code, e(new IdentityErrorDescriber()).Description)),
            Errors.Select(e => (e(new StaffIdentityErrors()).Code, e(new StaffIdentityErrors()).Description)));
    }

    [Fact]
    public async Task In_German_they_are_German_with_the_same_codes()
    {
        await Task.Yield();
        StaffCultures.Use(Languages.Culture(Languages.German, "€"));

        Assert.Equal("Passwörter müssen mindestens 10 Zeichen lang sein.", new StaffIdentityErrors().PasswordTooShort(10).Description);
        Assert.Equal("Die E-Mail-Adresse „ada@test.hotel“ ist bereits vergeben.", new StaffIdentityErrors().DuplicateEmail("ada@test.hotel").Description);
        Assert.Equal(Errors.Select(e => e(new IdentityErrorDescriber()).Code), Errors.Select(e => e(new StaffIdentityErrors()).Code));
        Assert.Equal(CultureInfo.GetCultureInfo("de-DE").Name, CultureInfo.CurrentUICulture.Name);
    }
}
