namespace SpecForge.Core.Emitting;

/// <summary>What the consumer's compilation allows the generated code to use.</summary>
/// <param name="UseRequiredMembers">C# 11 <c>required</c> members; without them required references get <c>= default!</c>.</param>
public sealed record EmitOptions(bool UseRequiredMembers)
{
    /// <summary>The options for a current compiler.</summary>
    public static EmitOptions Latest { get; } = new(UseRequiredMembers: true);

    /// <summary>
    /// The compilation references Microsoft.Extensions.DependencyInjection and Microsoft.Extensions.Http, so
    /// <c>services.Add&lt;Client&gt;()</c> can be emitted.
    /// </summary>
    public bool EmitDependencyInjection { get; init; }

    /// <summary>
    /// The compilation references ASP.NET Core routing, so <c>Map&lt;Base&gt;Mock</c> can be emitted beside the
    /// BCL-only mock handler.
    /// </summary>
    public bool EmitMockEndpoints { get; init; }

    /// <summary>
    /// The compiler's nullable warnings inside generated code (<c>#nullable enable</c>); without them files declare
    /// nullable annotations only (<see cref="NullableDirectives"/>).
    /// </summary>
    public bool NullableWarnings { get; init; }

    /// <summary>C# 11 <c>u8</c> literals for JSON names; before C# 11 the same bytes are written as arrays.</summary>
    public bool UseUtf8Literals => UseRequiredMembers;
}
