// Caret position of the expression editor's textarea; Blazor's events do not carry it.
export function caret(element) {
    return element ? [element.selectionStart ?? 0, element.selectionEnd ?? 0] : [0, 0];
}

export function place(element, position) {
    if (element) {
        element.focus();
        element.setSelectionRange(position, position);
    }
}
