// Browser side of the flow designer: loads Blazor.Diagrams' helper script, routes keyboard shortcuts to .NET
// (and keeps the browser from handling Ctrl+S and friends), and guards against leaving with unsaved changes.

let diagramScript;

export function ensureDiagramScript(src) {
    if (window.ZBlazorDiagrams) {
        return Promise.resolve();
    }

    diagramScript ??= new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = src;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`Could not load ${src}`));
        document.body.appendChild(script);
    });
    return diagramScript;
}

const shortcuts = [
    { key: 's', ctrl: true, name: 'save', inInputs: true },
    { key: 'z', ctrl: true, shift: false, name: 'undo' },
    { key: 'z', ctrl: true, shift: true, name: 'redo' },
    { key: 'y', ctrl: true, name: 'redo' },
    { key: 'c', ctrl: true, name: 'copy' },
    { key: 'v', ctrl: true, name: 'paste' },
    { key: 'a', ctrl: true, name: 'selectAll' },
    { key: 'Delete', name: 'delete' },
    { key: 'Backspace', name: 'delete' },
    { key: '?', name: 'help' },
    { key: 'f', name: 'fit' },
    { key: 'l', name: 'tidy' },
    { key: '+', name: 'zoomIn' },
    { key: '=', name: 'zoomIn' },
    { key: '-', name: 'zoomOut' },
];

function isTyping(target) {
    const tag = target?.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target?.isContentEditable;
}

export function register(dotnet) {
    const state = { dirty: false, pasteTimer: 0 };
    const onKeyDown = e => {
        const ctrl = e.ctrlKey || e.metaKey;
        const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
        const match = shortcuts.find(s =>
            s.key.toLowerCase() === key.toLowerCase()
            && (s.ctrl ?? false) === ctrl
            && (s.shift === undefined || s.shift === e.shiftKey));
        if (!match || (isTyping(e.target) && !match.inInputs) || document.querySelector('.mud-dialog-container')) {
            return;
        }

        if (match.name === 'paste') {
            // Let the browser raise its paste event, which carries the system clipboard's text without a permission
            // prompt; if none comes (nothing focusable), paste what this person last copied in FlowStudio.
            clearTimeout(state.pasteTimer);
            state.pasteTimer = setTimeout(() => dotnet.invokeMethodAsync('OnPaste', null), 250);
            return;
        }

        e.preventDefault();
        dotnet.invokeMethodAsync('OnShortcut', match.name);
    };
    const onPaste = e => {
        if (isTyping(e.target) || document.querySelector('.mud-dialog-container')) {
            return;
        }

        e.preventDefault();
        clearTimeout(state.pasteTimer);
        dotnet.invokeMethodAsync('OnPaste', e.clipboardData?.getData('text/plain') || null);
    };
    const onBeforeUnload = e => {
        if (state.dirty) {
            e.preventDefault();
            e.returnValue = '';
        }
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('paste', onPaste);
    window.addEventListener('beforeunload', onBeforeUnload);
    return {
        setDirty: dirty => { state.dirty = dirty; },
        dispose: () => {
            clearTimeout(state.pasteTimer);
            document.removeEventListener('keydown', onKeyDown);
            document.removeEventListener('paste', onPaste);
            window.removeEventListener('beforeunload', onBeforeUnload);
        },
    };
}

export function setDirty(handle, dirty) {
    handle?.setDirty(dirty);
}

export function dispose(handle) {
    handle?.dispose();
}

// Best effort: copied steps also go to the system clipboard as text, for another tab, window or server. A browser
// that refuses (no permission, page not focused) still has the copy on the server; a copy never fails for it.
export async function writeClipboard(text) {
    try {
        await navigator.clipboard?.writeText(text);
        return true;
    } catch {
        return false;
    }
}

// The diagram canvas's current place on the page. Blazor.Diagrams keeps its own copy (Diagram.Container), updated
// by observers that can lag behind a layout change such as the palette drawer opening or closing.
export function canvasBounds(host) {
    const canvas = host?.querySelector('.diagram-canvas');
    if (!canvas) {
        return null;
    }

    const r = canvas.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
}
