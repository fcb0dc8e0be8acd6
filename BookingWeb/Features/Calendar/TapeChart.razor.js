// The tape chart's pointer work, all in the browser so a drag stays fluent whatever the network: moving a stay (to
// another room or other dates), dragging its start or end, and selecting empty nights to book. Only the drop, the
// selection and the keyboard's "M" reach the circuit; the server saves and the page redraws from the database.
//
// Geometry comes from the markup: a lane (data-room-id) is one room's nights, --day-width is a day's width in pixels
// and every bar carries its booking, version, nights (as day numbers) and which of its handles may be dragged.

const MOVE = 1, START = 2, END = 4;
const threshold = 4; // pixels before a press becomes a drag, so a click still opens the booking

export function attach(tape, dotnet) {
    const state = { tape, dotnet, drag: null, select: null, suppressClick: false };
    const handlers = {
        pointerdown: event => pointerDown(state, event),
        pointermove: event => pointerMove(state, event),
        pointerup: event => pointerUp(state, event),
        pointercancel: () => cancel(state),
        keydown: event => keyDown(state, event),
        click: event => {
            if (!state.suppressClick) return;
            state.suppressClick = false;
            event.preventDefault();
            event.stopPropagation();
        },
    };
    for (const [type, handler] of Object.entries(handlers)) tape.addEventListener(type, handler, type === "click");
    tape.dataset.ready = "true"; // for people's tests and tools: from here on a drag is heard
    return { detach: () => { for (const [type, handler] of Object.entries(handlers)) tape.removeEventListener(type, handler, type === "click"); } };
}

function dayWidth(tape) {
    return parseFloat(getComputedStyle(tape).getPropertyValue("--day-width")) || 48;
}

function startDay(tape) {
    return Number(tape.dataset.startDay);
}

function dayAt(tape, lane, clientX) {
    const offset = clientX - lane.getBoundingClientRect().left;
    return startDay(tape) + Math.floor(offset / dayWidth(tape));
}

function stayOf(bar) {
    return {
        booking: Number(bar.dataset.booking), version: Number(bar.dataset.version), room: Number(bar.closest(".lane").dataset.roomId),
        checkIn: Number(bar.dataset.in), checkOut: Number(bar.dataset.out), handles: Number(bar.dataset.handles),
    };
}

function pointerDown(state, event) {
    if (event.button !== 0) return;
    const bar = event.target.closest(".bar");
    const lane = event.target.closest(".lane");
    if (bar) {
        const stay = stayOf(bar);
        const mode = event.target.closest(".handle.start") ? START : event.target.closest(".handle.end") ? END : MOVE;
        if (!(stay.handles & mode)) return;
        state.drag = { bar, stay, mode, x: event.clientX, y: event.clientY, moved: false, target: null };
        bar.setPointerCapture(event.pointerId);
    } else if (lane && lane.dataset.outOfOrder === undefined) {
        const day = dayAt(state.tape, lane, event.clientX);
        state.select = { lane, from: day, to: day };
        lane.setPointerCapture(event.pointerId);
        showSelection(state);
        event.preventDefault();
    }
}

function pointerMove(state, event) {
    if (state.select) {
        state.select.to = dayAt(state.tape, state.select.lane, event.clientX);
        showSelection(state);
        return;
    }
    const drag = state.drag;
    if (!drag) return;
    if (!drag.moved && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < threshold) return;
    drag.moved = true;
    const days = Math.round((event.clientX - drag.x) / dayWidth(state.tape));
    const { stay } = drag;
    let target;
    if (drag.mode === MOVE) {
        const lane = laneAt(state.tape, event.clientX, event.clientY) ?? drag.bar.closest(".lane");
        target = { room: Number(lane.dataset.roomId), lane, checkIn: stay.checkIn + days, checkOut: stay.checkOut + days };
    } else if (drag.mode === START) {
        target = { room: stay.room, lane: drag.bar.closest(".lane"), checkIn: Math.min(stay.checkIn + days, stay.checkOut - 1), checkOut: stay.checkOut };
    } else {
        target = { room: stay.room, lane: drag.bar.closest(".lane"), checkIn: stay.checkIn, checkOut: Math.max(stay.checkOut + days, stay.checkIn + 1) };
    }
    drag.target = target;
    showGhost(state, target, fits(target, stay.booking));
}

function pointerUp(state, event) {
    if (state.select) {
        const { lane, from, to } = state.select;
        state.select = null;
        hideGhost(state);
        state.dotnet.invokeMethodAsync("StartBooking", Number(lane.dataset.roomId), Math.min(from, to), Math.max(from, to) + 1);
        return;
    }
    const drag = state.drag;
    state.drag = null;
    if (!drag || !drag.moved) return;
    state.suppressClick = true; // the click that ends a drag must not open the booking
    setTimeout(() => { state.suppressClick = false; }, 0);
    const { stay, target } = drag;
    if (!target || (target.room === stay.room && target.checkIn === stay.checkIn && target.checkOut === stay.checkOut)) {
        hideGhost(state);
        return;
    }
    // The ghost stays where it was dropped until the circuit answers: the page redraws the stay there, or snaps it back.
    state.tape.querySelector(".drag-ghost").classList.add("saving");
    state.dotnet.invokeMethodAsync("Drop", stay.booking, stay.version, stay.room, stay.checkIn, stay.checkOut, target.room, target.checkIn, target.checkOut)
        .finally(() => hideGhost(state));
}

function cancel(state) {
    state.drag = null;
    state.select = null;
    hideGhost(state);
}

function keyDown(state, event) {
    if (event.key === "Escape" && (state.drag || state.select)) {
        cancel(state);
        return;
    }
    const bar = event.target.closest?.(".bar");
    if (bar && (event.key === "m" || event.key === "M") && !event.ctrlKey && !event.altKey && !event.metaKey) {
        event.preventDefault();
        state.dotnet.invokeMethodAsync("OpenMoveDialog", Number(bar.dataset.booking));
    }
}

function laneAt(tape, x, y) {
    for (const element of document.elementsFromPoint(x, y)) {
        const lane = element.closest?.(".lane");
        if (lane && tape.contains(lane)) return lane;
    }
    return null;
}

// What the page knows: the other stays drawn in the target room. The database decides on the drop.
function fits(target, booking) {
    if (target.lane.dataset.outOfOrder !== undefined) return false;
    for (const other of target.lane.querySelectorAll(".bar")) {
        if (Number(other.dataset.booking) === booking) continue;
        if (Number(other.dataset.in) < target.checkOut && target.checkIn < Number(other.dataset.out)) return false;
    }
    return true;
}

function showGhost(state, target, ok) {
    const ghost = state.tape.querySelector(".drag-ghost");
    const body = state.tape.querySelector(".tape-body");
    const width = dayWidth(state.tape);
    const laneBox = target.lane.getBoundingClientRect();
    const bodyBox = body.getBoundingClientRect();
    const from = 2 * (target.checkIn - startDay(state.tape)) + 1;
    const halves = 2 * (target.checkOut - target.checkIn);
    ghost.style.top = `${laneBox.top - bodyBox.top + 4}px`;
    ghost.style.height = `${laneBox.height - 8}px`;
    ghost.style.left = `${laneBox.left - bodyBox.left + from * width / 2}px`;
    ghost.style.width = `${halves * width / 2}px`;
    ghost.classList.toggle("fits", ok);
    ghost.classList.toggle("clashes", !ok);
    ghost.classList.remove("selection", "saving");
    ghost.hidden = false;
    ghost.dataset.fits = ok ? "true" : "false";
}

function showSelection(state) {
    const { lane, from, to } = state.select;
    const first = Math.min(from, to), last = Math.max(from, to);
    showGhost(state, { lane, checkIn: first, checkOut: last + 1 }, true);
    const ghost = state.tape.querySelector(".drag-ghost");
    const width = dayWidth(state.tape);
    // A selection covers whole day cells, not the half-days a stay takes.
    ghost.style.left = `${parseFloat(ghost.style.left) - width / 2}px`;
    ghost.classList.add("selection");
}

function hideGhost(state) {
    const ghost = state.tape.querySelector(".drag-ghost");
    if (ghost) {
        ghost.hidden = true;
        ghost.classList.remove("saving");
    }
}
