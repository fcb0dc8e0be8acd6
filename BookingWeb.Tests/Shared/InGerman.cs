using System.Globalization;
using BookingWeb.Platform.Localization;

namespace BookingWeb.Tests.Shared;

/// <summary>Runs what follows as a German-speaking person's page does (de-DE formats, German texts, € for money); back to before on dispose.</summary>
public sealed class InGerman : IDisposable
{
    private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    public InGerman() => StaffCultures.Use(Languages.Culture(Languages.German, "€"));

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_culture, _uiCulture);
}
