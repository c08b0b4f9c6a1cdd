namespace SpecForge.Generator;

/// <summary>Names of the pipeline steps, so tests can assert each one was cached or unchanged.</summary>
public static class TrackingNames
{
    /// <summary>Each spec file as (path, text, namespace, client name).</summary>
    public const string SpecInputs = nameof(SpecInputs);

    /// <summary>Each spec read and modeled, with its diagnostics.</summary>
    public const string Parse = nameof(Parse);

    /// <summary>The model alone: unchanged after an edit that changes nothing but layout.</summary>
    public const string Model = nameof(Model);

    /// <summary>The diagnostics of reading and modeling alone.</summary>
    public const string ParseDiagnostics = nameof(ParseDiagnostics);

    /// <summary>The user's template overrides, all together.</summary>
    public const string Templates = nameof(Templates);

    /// <summary>What the compilation's language version allows.</summary>
    public const string EmitOptions = nameof(EmitOptions);

    /// <summary>What the target framework and language version give generated code, as plain values.</summary>
    public const string TargetSupport = nameof(TargetSupport);

    /// <summary>Each spec's mock input: its names and normalized JSON, null without a mock.</summary>
    public const string MockSpec = nameof(MockSpec);

    /// <summary>Each spec cut into the units its files are rendered from.</summary>
    public const string Plan = nameof(Plan);

    /// <summary>Each unit on its own: a record, union or enum with its slice of the model, the client, the codec.</summary>
    public const string Units = nameof(Units);

    /// <summary>The generated files of each unit.</summary>
    public const string Emit = nameof(Emit);

    /// <summary>What rendering reported, all units together and each problem once.</summary>
    public const string EmitDiagnostics = nameof(EmitDiagnostics);

    /// <summary>The generated mock files of each spec that has a mock.</summary>
    public const string EmitMock = nameof(EmitMock);

    /// <summary>The runtime names the compilation's generated units and mocks mention, which decide what of the runtime is emitted.</summary>
    public const string RuntimeUses = nameof(RuntimeUses);

    /// <summary>The runtime files the compilation's SDKs share.</summary>
    public const string Runtime = nameof(Runtime);
}
