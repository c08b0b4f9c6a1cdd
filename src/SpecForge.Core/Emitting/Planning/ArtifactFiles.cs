namespace SpecForge.Core.Emitting.Planning;

/// <summary>The hint name of every file a spec's SDK is made of, in one place for the emitters and the planner.</summary>
public static class ArtifactFiles
{
    /// <summary>
    /// The file of the records, unions and enums whose names start with <paramref name="typeName"/>'s letter. Types
    /// share files because every file is a syntax tree with a header and a namespace block of its own (about a tenth of
    /// a large SDK's lines when each type had one), while a letter keeps a type easy to find and an edit to one schema
    /// rendering only its letter's file again.
    /// </summary>
    public static string Types(string clientName, string typeName) => $"{clientName}.Models.{Letter(typeName)}.g.cs";

    /// <summary>
    /// The upper-case ASCII letter <paramref name="typeName"/> starts with, or <c>_</c> for anything else: a file system
    /// that ignores case must not see two names for one letter, and beyond ASCII file systems fold case differently.
    /// </summary>
    public static string Letter(string typeName)
    {
        var name = typeName.TrimStart('@');
        var first = name.Length == 0 ? '_' : name[0];
        return first is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') ? char.ToUpperInvariant(first).ToString() : "_";
    }

    /// <summary>The client and its interface.</summary>
    public static string Client(string clientName) => $"{clientName}.Client.g.cs";

    /// <summary>One operation group.</summary>
    public static string Group(string clientName, string propertyName) => $"{clientName}.Group.{propertyName}.g.cs";

    /// <summary>The client's options.</summary>
    public static string Options(string clientName) => $"{clientName}.Options.g.cs";

    /// <summary>The dependency-injection registration.</summary>
    public static string DependencyInjection(string clientName) => $"{clientName}.DependencyInjection.g.cs";

    /// <summary>The resolver and the codec.</summary>
    public static string Json(string clientName) => $"{clientName}.Json.g.cs";
}
