namespace SpecForge.Core.Emitting.Planning;

/// <summary>The hint name of every file a spec's SDK is made of, in one place for the emitters and the planner.</summary>
public static class ArtifactFiles
{
    /// <summary>A record's file.</summary>
    public static string Record(string clientName, string typeName) => $"{clientName}.Dto.{typeName.TrimStart('@')}.g.cs";

    /// <summary>A union's file.</summary>
    public static string Union(string clientName, string typeName) => $"{clientName}.Union.{typeName.TrimStart('@')}.g.cs";

    /// <summary>An enum's file.</summary>
    public static string Enum(string clientName, string typeName) => $"{clientName}.Enum.{typeName.TrimStart('@')}.g.cs";

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
