using System.Text.RegularExpressions;

namespace SpecForge.Core.Emitting.Runtime;

/// <summary>
/// A runtime source file's text as it is emitted: line feeds only, and plumbing types internal. Shared with the
/// build-time generator of the runtime map, whose spans must fall on exactly this text.
/// </summary>
internal static class RuntimeText
{
    // A plumbing type is public in the SpecForge.Runtime package (so SDKs in other assemblies can call it), hidden from
    // IntelliSense there; emitted into an SDK it is internal, so a library's API shows only the surface types. A hidden
    // surface type (the base of a public enum's converter) stays as public as the SDK.
    private static readonly Regex HiddenPublic = new(
        @"^(    )\[global::System\.ComponentModel\.EditorBrowsable\(global::System\.ComponentModel\.EditorBrowsableState\.Never\)\]\n    public ",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The text of the file <paramref name="raw"/> read from the runtime's folder <paramref name="folder"/>.</summary>
    public static string Normalize(string folder, string raw)
    {
        var text = raw.Replace("\r\n", "\n");
        return folder == "Surface" ? text : HiddenPublic.Replace(text, "$1internal ");
    }

    /// <summary>The folder (under src/SpecForge.Runtime, empty at its root) and file name of the relative path <paramref name="path"/>.</summary>
    public static (string Folder, string FileName) Locate(string path)
    {
        var relative = path.Replace('\\', '/');
        var slash = relative.LastIndexOf('/');
        return (slash < 0 ? string.Empty : relative.Substring(0, slash), relative.Substring(slash + 1));
    }

    /// <summary>A fingerprint of <paramref name="text"/>, so a map made from other text is never applied to it.</summary>
    public static uint Fingerprint(string text) => Fingerprint(text, 0, text.Length);

    /// <summary>The FNV-1a hash of <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>.</summary>
    public static uint Fingerprint(string text, int start, int length)
    {
        var hash = 2166136261u;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619u;
        }

        return hash;
    }
}
