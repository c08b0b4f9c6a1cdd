using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SpecForge.Generator.Tests.Infrastructure;

/// <summary>
/// The ASP.NET Core shared framework installed beside the running .NET, as metadata references: a compilation with
/// them is what a web project gives the generator.
/// </summary>
internal static class AspNetCoreReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> All = new(Load);

    public static IReadOnlyList<MetadataReference> Value => All.Value;

    private static IReadOnlyList<MetadataReference> Load()
    {
        // .../shared/Microsoft.NETCore.App/10.0.x/System.Private.CoreLib.dll → .../shared/Microsoft.AspNetCore.App/10.0.y
        var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        var shared = Path.Combine(runtime.Parent!.Parent!.FullName, "Microsoft.AspNetCore.App");
        var major = runtime.Name.Split('.')[0] + ".";
        var folder = Directory.GetDirectories(shared)
            .Where(d => Path.GetFileName(d).StartsWith(major, StringComparison.Ordinal))
            .OrderBy(d => Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : new Version(0, 0), Comparer<Version>.Default)
            .Last();
        return Directory.GetFiles(folder, "*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }
}
