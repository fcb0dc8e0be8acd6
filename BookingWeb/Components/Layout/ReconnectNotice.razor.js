// Acts on the .NET 10 framework script's reconnect states (components-reconnect-state-changed on the notice):
// a failed reconnect is retried when the person comes back to the tab or presses "try again"; a paused circuit resumes
// on "Resume". A rejected one can only be reloaded: the notice says so and leaves the moment to the person.
const notice = document.getElementById("components-reconnect-modal");

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    try {
        if (await Blazor.reconnect()) return;
        if (!(await Blazor.resumeCircuit())) location.reload();
    } catch {
        document.addEventListener("visibilitychange", retryWhenVisible);
    }
}

function retryWhenVisible() {
    if (document.visibilityState === "visible") retry();
}

async function resume() {
    if (!(await Blazor.resumeCircuit())) location.reload();
}

if (notice) {
    notice.addEventListener("components-reconnect-state-changed", event => {
        if (event.detail.state === "failed") document.addEventListener("visibilitychange", retryWhenVisible);
    });
    notice.querySelector("[data-reconnect-retry]")?.addEventListener("click", retry);
    notice.querySelector("[data-reconnect-resume]")?.addEventListener("click", resume);
}
