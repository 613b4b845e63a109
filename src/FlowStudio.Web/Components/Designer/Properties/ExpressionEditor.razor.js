// Caret position of the expression editor's textarea; Blazor's events do not carry it.
export function caret(element) {
    return element ? [element.selectionStart ?? 0, element.selectionEnd ?? 0] : [0, 0];
}

// After a server-side edit: the text (in case the rendered value did not change) and the caret.
export function place(element, position, text) {
    if (element) {
        if (typeof text === 'string' && element.value !== text) {
            element.value = text;
        }

        element.focus();
        element.setSelectionRange(position, position);
    }
}

// While the completion list is open, the arrows move its highlight and Enter/Tab accept the highlighted item (on
// the server); here they only must not move the caret, insert a line or leave the field. Closed list: no change.
export function attach(element) {
    if (!element || element.dataset.completionKeys) {
        return;
    }

    element.dataset.completionKeys = 'on';
    let picked = false;
    const listOf = () => element.closest('.expression-editor')?.querySelector('[role=listbox]');
    element.addEventListener('input', () => { picked = false; });
    element.addEventListener('keydown', e => {
        if (e.ctrlKey || e.altKey || e.metaKey) {
            return;
        }

        const list = listOf();
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            if (list) {
                e.preventDefault();
                picked = true;
            }
        } else if (e.key === 'Enter' || e.key === 'Tab') {
            if (list && (picked || list.querySelector('[aria-selected=true]'))) {
                e.preventDefault();
            }

            picked = false;
        } else if (e.key === 'Escape') {
            if (list) {
                e.preventDefault();
            }

            picked = false;
        }
    });
}

export function reveal(element) {
    element?.closest('.expression-editor')?.querySelector('[role=option][aria-selected=true]')?.scrollIntoView({ block: 'nearest' });
}
