using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace BookingWeb.Platform.Localization;

/// <summary>MudBlazor's own texts (close buttons, date pickers, pagers) in the page's language, from <c>Texts/MudBlazorTexts.resx</c>.</summary>
internal sealed class MudTexts : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var text = Texts.MudBlazorTexts.ResourceManager.GetString(key, CultureInfo.CurrentUICulture);
            return new LocalizedString(key, text ?? key, resourceNotFound: text is null);
        }
    }
}
