using BookingWeb.Features.Guests;
using BookingWeb.Platform.Data;

namespace BookingWeb.Tests.Features.Guests;

/// <summary>A new guest is likely someone on file when the name and the e-mail or phone match, case and spacing aside.</summary>
public class GuestDuplicatesTests
{
    private static readonly Guest OnFile = new() { FirstName = "Anna Lena", LastName = "Schmidt", Email = "Anna@Example.org", Phone = "+49 30 1234" };

    [Theory]
    [InlineData(" anna  lena ", "SCHMIDT", "anna@example.org ", null)]
    [InlineData("Anna Lena", "Schmidt", null, "+4930 12 34")]
    public void The_same_name_with_the_same_e_mail_or_phone_is_likely_the_same_guest(string first, string last, string? email, string? phone) =>
        Assert.True(GuestDuplicates.IsLikely(new Guest { FirstName = first, LastName = last, Email = email, Phone = phone }, OnFile));

    [Theory]
    [InlineData("Anna", "Schmidt", "anna@example.org", null)]        // another first name
    [InlineData("Anna Lena", "Schmidt", "other@example.org", null)]  // another e-mail
    [InlineData("Anna Lena", "Schmidt", null, null)]                 // a name alone is not enough
    public void A_different_name_or_contact_or_a_name_alone_is_not(string first, string last, string? email, string? phone) =>
        Assert.False(GuestDuplicates.IsLikely(new Guest { FirstName = first, LastName = last, Email = email, Phone = phone }, OnFile));
}
