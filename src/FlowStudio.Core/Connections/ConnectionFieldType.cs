namespace FlowStudio.Core.Connections;

/// <summary>What kind of value a <see cref="ConnectionFieldDescriptor"/> holds; free text unless a connector says otherwise.</summary>
public enum ConnectionFieldType
{
    /// <summary>Any text (the default, so existing descriptors keep their meaning).</summary>
    Text = 0,

    /// <summary>A whole number between <see cref="ConnectionFieldDescriptor.Minimum"/> and <see cref="ConnectionFieldDescriptor.Maximum"/>.</summary>
    WholeNumber = 1,
}
