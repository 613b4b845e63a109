using System.Globalization;

namespace FlowStudio.Engine.Runs;

/// <summary>Builds the keys that name steps and iterations.</summary>
public static class StepKeys
{
    public static string Of(string nodeId, string iterationPath) =>
        iterationPath.Length == 0 ? nodeId : string.Concat(nodeId, "@", iterationPath);

    /// <summary>The iteration path of item <paramref name="index"/> of a for-each that runs at <paramref name="parentPath"/>.</summary>
    public static string Iteration(string parentPath, string forEachId, int index)
    {
        var own = string.Create(CultureInfo.InvariantCulture, $"{forEachId}[{index}]");
        return parentPath.Length == 0 ? own : string.Concat(parentPath, "/", own);
    }

    /// <summary>True when <paramref name="iterationPath"/> is <paramref name="scope"/> or lies inside it.</summary>
    public static bool IsWithin(string iterationPath, string scope) =>
        iterationPath.StartsWith(scope, StringComparison.Ordinal)
        && (iterationPath.Length == scope.Length || iterationPath[scope.Length] == '/');
}
