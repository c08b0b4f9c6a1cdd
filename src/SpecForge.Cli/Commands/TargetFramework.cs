using System.Text.RegularExpressions;
using SpecForge.Core.Emitting;

namespace SpecForge.Cli.Commands;

/// <summary>
/// <c>specforge generate --framework</c>: the target framework the written files compile for. The generator reads the
/// same facts from the compilation; files on disk have none, so the user names it.
/// </summary>
internal sealed record TargetFramework(string Moniker)
{
    private static readonly Regex Shape = new(@"^net(standard\d+\.\d+|coreapp\d+\.\d+|\d+\.\d+|\d{2,3})$", RegexOptions.CultureInvariant);

    // netstandard, netcoreapp, net5.0 and below, and .NET Framework (net462, net48): no DateOnly, no required members.
    private static readonly Regex BeforeNet6 = new(@"^net(standard|coreapp|[1-5]\.|\d{2,3}$)", RegexOptions.CultureInvariant);

    /// <summary>The moniker as written, or null when it is not one (net8.0, netstandard2.0, net462).</summary>
    public static TargetFramework? Parse(string? moniker)
    {
        var trimmed = moniker?.Trim().ToLowerInvariant() ?? string.Empty;
        return Shape.IsMatch(trimmed) ? new TargetFramework(trimmed) : null;
    }

    // What the SpecForge.Runtime package's netstandard2.0 build serves: everything before net8.0, its other build.
    private static readonly Regex BeforeNet8 = new(@"^net(standard|coreapp|[1-7]\.|\d{2,3}$)", RegexOptions.CultureInvariant);

    /// <summary>A project on this framework gets the runtime package's netstandard2.0 build, which has no <c>DateOnly</c> methods.</summary>
    public bool GetsNetstandardRuntimePackage => BeforeNet8.IsMatch(Moniker);

    /// <summary>No <c>DateOnly</c> or required-member attributes: dates become DateTime, times strings, and records need a polyfill.</summary>
    public bool IsBeforeNet6 => BeforeNet6.IsMatch(Moniker);

    public EmitOptions EmitOptions => IsBeforeNet6 ? new EmitOptions(UseRequiredMembers: false) : EmitOptions.Latest;
}
