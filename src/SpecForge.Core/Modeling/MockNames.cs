namespace SpecForge.Core.Modeling;

/// <summary>
/// The names of a spec's generated mock types. They derive from the client name without its "Client" suffix
/// (TrustPagerClient → TrustPagerMock), so the model can reserve them before any schema is named.
/// </summary>
public static class MockNames
{
    /// <summary>The base name: <c>TrustPagerClient</c> → <c>TrustPager</c>; a client named just "Client" keeps its name.</summary>
    public static string BaseOf(string clientName) =>
        clientName.Length > "Client".Length && clientName.EndsWith("Client", System.StringComparison.Ordinal)
            ? clientName.Substring(0, clientName.Length - "Client".Length)
            : clientName;

    /// <summary>The static class holding the embedded spec: <c>&lt;Base&gt;Mock</c>.</summary>
    public static string Mock(string clientName) => BaseOf(clientName) + "Mock";

    /// <summary>The in-process handler: <c>&lt;Base&gt;MockHandler</c>.</summary>
    public static string Handler(string clientName) => BaseOf(clientName) + "MockHandler";

    /// <summary>The ASP.NET Core extension class: <c>&lt;Base&gt;MockEndpoints</c>.</summary>
    public static string Endpoints(string clientName) => BaseOf(clientName) + "MockEndpoints";
}
