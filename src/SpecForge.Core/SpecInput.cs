using SpecForge.Core.Collections;
using SpecForge.Core.Modeling;
using SpecForge.Core.Reading.External;
using SpecForge.Core.Reading.Selecting;

namespace SpecForge.Core;

/// <summary>
/// One spec to generate from, as the first pipeline step sees it: path, text and the names to generate under.
/// The generator and the CLI both build it with <see cref="Create"/>, so their defaults cannot drift apart.
/// </summary>
public sealed record SpecInput(string Path, string Text, string Namespace, string ClientName)
{
    /// <summary>
    /// Further documentation files about the same API (items sharing an <c>Api</c> name): normalized together with
    /// this one into a single spec. Empty for an ordinary OpenAPI file.
    /// </summary>
    public EquatableArray<CompanionDocument> Companions { get; init; } = EquatableArray<CompanionDocument>.Empty;

    /// <summary>
    /// Where the files the spec's <c>$ref</c>s name are read from: the disk for the CLI, the spec's parts in a build
    /// (the files of its folder, handed over by the props), nothing by default.
    /// </summary>
    public SpecFileSource Files { get; init; } = SpecFileSource.None;

    /// <summary>
    /// The item's <c>Mock</c> metadata: true or false to force the mock server on or off, null to emit it when the
    /// compilation references ASP.NET Core.
    /// </summary>
    public bool? Mock { get; init; }

    /// <summary>The item's <c>Validators</c> metadata: false leaves out the typed validators and the client's checks.</summary>
    public bool Validators { get; init; } = true;

    /// <summary>The item's <c>Client</c> metadata: false emits the models and their JSON mapping only.</summary>
    public bool Client { get; init; } = true;

    /// <summary>
    /// The target framework has no <c>System.DateOnly</c> (netstandard2.0, .NET Framework): <c>format: date</c> becomes
    /// a <c>DateTime</c> (its date part, written as yyyy-MM-dd) and <c>format: time</c> a string.
    /// </summary>
    public bool DatesAsDateTime { get; init; }

    /// <summary>The item's <c>Visibility</c> metadata: true for <c>internal</c>, every generated type hidden inside the assembly.</summary>
    public bool IsInternal { get; init; }

    /// <summary>
    /// The namespace of the runtime every SDK of the compilation shares (<c>ApiException</c>, <c>ConstraintViolation</c>,
    /// the engines): the project's root namespace plus <c>.SpecForge</c> unless the project sets it.
    /// </summary>
    public string RuntimeNamespace { get; init; } = "SpecForge.Generated";

    /// <summary>
    /// The operations to generate (the item's <c>IncludeOperations</c> and <c>ExcludeOperations</c> metadata, or
    /// <c>--include</c> and <c>--exclude</c>), and with them only the schemas they reach; all of them by default.
    /// </summary>
    public OperationFilter Operations { get; init; } = OperationFilter.All;

    /// <summary>
    /// Type names the user's templates declare (<c>{{ # reserves: ... }}</c>), which no schema's type may take;
    /// <c>{ClientName}</c> stands for <see cref="ClientName"/>.
    /// </summary>
    public EquatableArray<string> ReservedTypeNames { get; init; } = EquatableArray<string>.Empty;

    /// <summary>
    /// Creates the input, defaulting the client name to the file's name plus "Client" ("petstore.yaml" → "PetstoreClient")
    /// and the namespace to <paramref name="rootNamespace"/> plus the file's name ("MyApp.Petstore"); an
    /// <paramref name="apiName"/> takes the file name's place.
    /// </summary>
    public static SpecInput Create(string path, string text, string? @namespace, string? clientName, string? rootNamespace, string? apiName = null, string? runtimeNamespace = null)
    {
        var stem = Naming.ToPascalCase(string.IsNullOrWhiteSpace(apiName) ? FileStem(path) : apiName!, "Api");
        var resolvedClient = string.IsNullOrWhiteSpace(clientName)
            ? stem + "Client"
            : Naming.IsLowerCaseAscii(clientName!.Trim().TrimStart('@')) ? Naming.EscapeKeyword(Naming.ToPascalCase(clientName!, "ApiClient"))
            : Naming.AsWrittenOrPascalCase(clientName!.Trim(), "ApiClient");
        var resolvedNamespace = string.IsNullOrWhiteSpace(@namespace)
            ? Naming.ToNamespace(string.IsNullOrWhiteSpace(rootNamespace) ? stem : rootNamespace + "." + stem, stem)
            : Naming.ToNamespace(@namespace!, stem);
        return new SpecInput(path, text, resolvedNamespace, resolvedClient) { RuntimeNamespace = DefaultRuntimeNamespace(runtimeNamespace, rootNamespace, resolvedNamespace) };
    }

    /// <summary>
    /// The runtime's namespace: as the project sets it, else the root namespace plus <c>.SpecForge</c>, else (the CLI,
    /// which has no project) the SDK's namespace plus <c>.SpecForge</c>.
    /// </summary>
    public static string DefaultRuntimeNamespace(string? runtimeNamespace, string? rootNamespace, string sdkNamespace)
    {
        if (!string.IsNullOrWhiteSpace(runtimeNamespace))
        {
            return Naming.ToNamespace(runtimeNamespace!, "SpecForge.Generated");
        }

        var root = string.IsNullOrWhiteSpace(rootNamespace) ? sdkNamespace : Naming.ToNamespace(rootNamespace!, sdkNamespace);
        return root + ".SpecForge";
    }

    // "petstore.openapi.yaml" → "petstore": a trailing ".openapi" or ".swagger" names the format, not the API.
    private static string FileStem(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path);
        foreach (var suffix in new[] { ".openapi", ".swagger" })
        {
            if (name.EndsWith(suffix, System.StringComparison.OrdinalIgnoreCase) && name.Length > suffix.Length)
            {
                return name.Substring(0, name.Length - suffix.Length);
            }
        }

        return name;
    }
}

/// <summary>Another documentation file of the same API.</summary>
public sealed record CompanionDocument(string Path, string Text);
