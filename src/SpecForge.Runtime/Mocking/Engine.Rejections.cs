// Shared runtime: the engine's answers to requests it cannot judge by the document: a body over the size limit, a
// body the HTTP server could not read (bad chunking), and its own unexpected failures. They are problem details like
// every other rejection and go through OnExchange, so a host logs them like any other exchange.
namespace SpecForge.Runtime.Mocking
{
    using System;
    using System.Globalization;

    sealed partial class MockEngine
    {
        private const int ContentTooLarge = 413;

        /// <summary>The 413 for a request whose body its host stopped reading past <see cref="MockServerOptions.MaxRequestBodyBytes"/>.</summary>
        public MockResponse BodyTooLarge(MockRequest request) => Finish(request, TooLarge());

        /// <summary>
        /// The answer for a body the HTTP server failed to read (bad chunked framing, its own size limit, a too slow
        /// upload), with the status the server chose for it: a problem, never a 500.
        /// </summary>
        public MockResponse BodyUnreadable(MockRequest request, int status, string reason)
        {
            if (status == ContentTooLarge)
            {
                return BodyTooLarge(request);
            }

            // Kestrel fails a body read with 400, 408 (too slow) or 413; anything else is reported as a plain 400.
            var code = status == 408 ? 408 : 400;
            var title = code == 408 ? "Request Timeout" : "Bad Request";
            var outcome = code.ToString(CultureInfo.InvariantCulture) + " unreadable body: " + reason;
            return Finish(request, MockProblems.Create(code, "unreadable-body", title, "The request body could not be read: " + reason, null, null, outcome));
        }

        private MockResponse TooLarge()
        {
            var limit = options.MaxRequestBodyBytes.ToString(CultureInfo.InvariantCulture);
            return MockProblems.Create(ContentTooLarge, "content-too-large", "Content Too Large", "The body is longer than the mock's limit of " + limit + " bytes (MaxRequestBodyBytes).", null, null, "413 body over " + limit + " bytes");
        }

        // Hostile input is answered before it gets here; this keeps a bug from becoming an empty 500 with no trace.
        private static MockResponse Failure(Exception exception)
        {
            var name = exception.GetType().FullName ?? exception.GetType().Name;
            return MockProblems.Create(500, "internal-error", "Internal Server Error", "The mock failed with " + name + ": " + exception.Message, null, null, "500 " + name + ": " + exception.Message);
        }
    }
}
