// Shared runtime: the mock server's settings, one type for the generated mock handler, the generated ASP.NET endpoints
// and `specforge mock`, so every host of the mock behaves alike for the same options.
namespace SpecForge.Runtime.Mocking
{
    using System;

    /// <summary>How a mock server built from an OpenAPI document answers requests.</summary>
    public sealed class MockServerOptions
    {
        /// <summary>The default of <see cref="MaxRequestBodyBytes"/>: 10 MiB.</summary>
        public const long DefaultMaxRequestBodyBytes = 10 * 1024 * 1024;

        private long maxRequestBodyBytes = DefaultMaxRequestBodyBytes;

        /// <summary>
        /// Seeds the data synthesized from schemas: the same seed gives the same answers for the same operation and
        /// status, another seed gives other (equally valid) data.
        /// </summary>
        public int Seed { get; set; } = 1;

        /// <summary>
        /// Keeps what POST, PUT, PATCH and DELETE send to a collection path (<c>/things</c>, <c>/things/{id}</c>) in
        /// memory, so later GETs return it.
        /// </summary>
        public bool Stateful { get; set; }

        /// <summary>
        /// Checks parameters and bodies against the document (400, 422, 415 problem details); on by default.
        /// Credentials are checked either way.
        /// </summary>
        public bool ValidateRequests { get; set; } = true;

        /// <summary>
        /// The longest request body the mock reads, in bytes (10 MiB by default): a longer one is answered 413 as
        /// problem details, whether or not requests are validated, and is not read past the limit.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
        public long MaxRequestBodyBytes
        {
            get => maxRequestBodyBytes;
            set => maxRequestBodyBytes = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A body limit cannot be negative.");
        }

        /// <summary>Called after every exchange, for logging; runs on the request's thread.</summary>
        public Action<MockRequest, MockResponse>? OnExchange { get; set; }
    }
}
