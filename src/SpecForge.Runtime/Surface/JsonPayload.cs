// Shared runtime: which members a generated converter writes.
namespace SpecForge.Runtime
{
    /// <summary>Which members a converter writes: readOnly ones are the server's to send, writeOnly ones the client's.</summary>
    public enum JsonPayload
    {
        /// <summary>Every member (round trips, storage).</summary>
        Any,

        /// <summary>A request body: readOnly members are left out.</summary>
        Request,

        /// <summary>A response body: writeOnly members are left out.</summary>
        Response,
    }
}
