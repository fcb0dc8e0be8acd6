// Blazor's JavaScript initializer (loaded by the framework script, see the .NET docs on "JS initializers").
//
// Text longer than any field takes (FieldLimits.LongestText, on <body data-longest-text>) is kept back in the browser:
// Blazor sends a field's whole value with every event on it (input, change, blur, keys…), and a message that big exceeds
// the circuit's message size, so SignalR drops the connection, the field comes back empty and a Save reports success
// with nothing of it saved. So while a field is too long none of its events reach Blazor; the text stays, untouched, and
// the server hears only its length: a "textoverflow" event raised on the field's parent (an event on the field itself
// would carry the value), which FieldChecks turns into the field's message. Once it fits, the server hears that too.

const carriesValue = ["input", "change", "blur", "focus", "focusin", "focusout", "keydown", "keyup", "keypress",
    "paste", "cut", "copy", "click", "dblclick", "mousedown", "mouseup", "pointerdown", "pointerup", "select", "wheel"];
const reported = new WeakMap(); // field → the length last reported while too long

function longestText() {
    return Number(document.body.dataset.longestText) || 4000;
}

function report(field, length) {
    field.parentElement?.dispatchEvent(new CustomEvent("textoverflow", { bubbles: true, detail: { length } }));
}

function guard(event) {
    const field = event.target;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
    const length = field.value.length;
    if (length > longestText()) {
        event.stopImmediatePropagation();
        if (reported.get(field) !== length) {
            reported.set(field, length);
            report(field, length);
        }
    } else if (reported.delete(field)) {
        report(field, length); // before this event goes on to Blazor with the value that now fits
    }
}

// Capturing on window runs before Blazor's own listeners on the document.
for (const type of carriesValue) window.addEventListener(type, guard, true);

export function afterWebStarted(blazor) {
    blazor.registerCustomEventType("textoverflow", { createEventArgs: event => ({ length: event.detail.length }) });
    document.addEventListener("click", event => openRowLink(event, blazor));
}

// A click on a row of a table[data-row-links] (the bookings list) opens what the row's link opens: one listener here
// instead of an event handler per row in every open page's circuit (memory per circuit, issue 18). A click on the link
// itself (or any other link or control in the row) does what it does; keyboard users use the link.
function openRowLink(event, blazor) {
    if (event.defaultPrevented || event.button !== 0 || !(event.target instanceof Element)) return;
    if (event.target.closest("a, button, input, select, textarea, label")) return;
    const link = event.target.closest("table[data-row-links] tbody tr")?.querySelector("a[href]");
    if (link) blazor.navigateTo(link.href);
}

// The page's title, set by DocumentTitle on a circuit (App's HeadOutlet is static).
window.bookingWebSetTitle = title => { document.title = title; };

// Saves a file the circuit sends as a stream (the CSV exports): into a Blob, then a download link clicked once.
window.bookingWebDownload = async (fileName, streamReference) => {
    const blob = new Blob([await streamReference.arrayBuffer()], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
};
