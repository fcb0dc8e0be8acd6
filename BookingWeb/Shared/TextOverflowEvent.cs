using Microsoft.AspNetCore.Components;

namespace BookingWeb.Shared;

/// <summary>
/// The browser kept a text field's value back because it is longer than any field takes
/// (<see cref="Data.FieldLimits.LongestText"/>): sent, it would exceed the circuit's message size and drop the connection.
/// Raised again with the new length once it fits. See wwwroot/BookingWeb.lib.module.js.
/// </summary>
public sealed class TextOverflowEventArgs : EventArgs
{
    public int Length { get; set; }
}

[EventHandler("ontextoverflow", typeof(TextOverflowEventArgs), enableStopPropagation: true, enablePreventDefault: true)]
public static class EventHandlers;
