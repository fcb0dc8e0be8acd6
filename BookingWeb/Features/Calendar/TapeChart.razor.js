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
        capture(bar, event.pointerId);
    } else if (lane && lane.dataset.outOfOrder === undefined) {
        const day = dayAt(state.tape, lane, event.clientX);
        state.select = { lane, from: day, to: day };
        capture(lane, event.pointerId);
        showSelection(state);
        event.preventDefault();
    }
}

// Moves outside the element still reach it; a pointer the browser no longer tracks is simply not captured.
function capture(element, pointerId) {
    try {
        element.setPointerCapture(pointerId);
    } catch {
        // the drag goes on with the events the chart itself receives
    }
}

function pointerMove(state, event) {
    if (state.select) {
        const to = dayAt(state.tape, state.select.lane, event.clientX);
        if (to === state.select.to) return;
        state.select.to = to;
        showSelection(state);
        return;
    }
    const drag = state.drag;
    if (!drag) return;
    if (!drag.moved && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < threshold) return;
    if (!drag.moved) {
        drag.moved = true;
        drag.geometry = measure(state.tape);
    }
    const { geometry, stay } = drag;
    const days = Math.round((event.clientX - drag.x) / geometry.dayWidth);
    let target;
    if (drag.mode === MOVE) {
        const lane = geometry.laneAt(event.clientY) ?? geometry.laneOf(stay.room);
        target = { room: lane.room, checkIn: stay.checkIn + days, checkOut: stay.checkOut + days };
    } else if (drag.mode === START) {
        target = { room: stay.room, checkIn: Math.min(stay.checkIn + days, stay.checkOut - 1), checkOut: stay.checkOut };
    } else {
        target = { room: stay.room, checkIn: stay.checkIn, checkOut: Math.max(stay.checkOut + days, stay.checkIn + 1) };
    }
    // Most moves stay within one day and one row: nothing to redraw.
    const last = drag.target;
    if (last && last.room === target.room && last.checkIn === target.checkIn && last.checkOut === target.checkOut) return;
    drag.target = target;
    const lane = geometry.laneOf(target.room);
    placeGhost(state, geometry, lane, 2 * (target.checkIn - geometry.startDay) + 1, 2 * (target.checkOut - target.checkIn), fits(lane, target, stay.booking));
}

// Read once when a drag begins, so that every move after is arithmetic: no layout, no hit testing through the DOM.
// (The page may redraw during a drag; a lane's place and its stays are what they were when the drag began.)
function measure(tape) {
    const body = tape.querySelector(".tape-body").getBoundingClientRect();
    const lanes = [...tape.querySelectorAll(".lane")].map(element => {
        const box = element.getBoundingClientRect();
        return {
            room: Number(element.dataset.roomId), outOfOrder: element.dataset.outOfOrder !== undefined,
            top: box.top, bottom: box.bottom, offsetTop: box.top - body.top, offsetLeft: box.left - body.left, height: box.height,
            stays: [...element.querySelectorAll(".bar")].map(bar => ({ booking: Number(bar.dataset.booking), checkIn: Number(bar.dataset.in), checkOut: Number(bar.dataset.out) })),
        };
    });
    const byRoom = new Map(lanes.map(lane => [lane.room, lane]));
    return {
        dayWidth: dayWidth(tape), startDay: startDay(tape),
        laneOf: room => byRoom.get(room),
        laneAt: y => {
            let low = 0, high = lanes.length - 1;
            while (low <= high) {
                const middle = (low + high) >> 1, lane = lanes[middle];
                if (y < lane.top) high = middle - 1; else if (y >= lane.bottom) low = middle + 1; else return lane;
            }
            return null;
        },
    };
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

// What the page knows: the other stays drawn in the target room. The database decides on the drop.
function fits(lane, target, booking) {
    if (lane.outOfOrder) return false;
    return !lane.stays.some(other => other.booking !== booking && other.checkIn < target.checkOut && target.checkIn < other.checkOut);
}

// The ghost moves by transform (no layout of the chart); only its width and height are set as sizes.
function placeGhost(state, geometry, lane, fromHalf, halves, ok) {
    const ghost = state.tape.querySelector(".drag-ghost");
    const x = lane.offsetLeft + fromHalf * geometry.dayWidth / 2;
    ghost.style.transform = `translate(${x}px, ${lane.offsetTop + 4}px)`;
    ghost.style.width = `${halves * geometry.dayWidth / 2}px`;
    ghost.style.height = `${lane.height - 8}px`;
    ghost.classList.toggle("fits", ok);
    ghost.classList.toggle("clashes", !ok);
    ghost.classList.remove("saving", "selection");
    ghost.hidden = false;
    ghost.dataset.fits = ok ? "true" : "false";
}

function showSelection(state) {
    const { lane, from, to } = state.select;
    const geometry = state.select.geometry ??= measure(state.tape);
    const first = Math.min(from, to), last = Math.max(from, to);
    // A selection covers whole day cells, not the half-days a stay takes.
    placeGhost(state, geometry, geometry.laneOf(Number(lane.dataset.roomId)), 2 * (first - geometry.startDay), 2 * (last + 1 - first), true);
    state.tape.querySelector(".drag-ghost").classList.add("selection");
}

function hideGhost(state) {
    const ghost = state.tape.querySelector(".drag-ghost");
    if (ghost) {
        ghost.hidden = true;
        ghost.classList.remove("saving");
    }
}
