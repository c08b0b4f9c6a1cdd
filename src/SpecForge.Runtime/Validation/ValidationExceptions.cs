// Shared runtime: what a generated client throws when a request (or, when asked, a response) breaks the specification.
namespace SpecForge.Runtime
{
    /// <summary>
    /// Thrown by a generated client before anything is sent when the arguments break what the API specification
    /// promises (turn <see cref="ApiClientOptions.ValidateRequests"/> off to send them anyway). Lists every violation,
    /// each with its pointer: <c>/path/id</c>, <c>/query/limit</c>, <c>/header/x-trace</c>, <c>/body/records/3/email</c>.
    /// </summary>
    public partial class RequestValidationException : global::System.Exception
    {
        /// <summary>Creates the exception for <paramref name="violations"/>.</summary>
        public RequestValidationException(global::System.Collections.Generic.IReadOnlyList<ConstraintViolation> violations)
            : base(Validation.ViolationText.Describe("The request breaks the API specification", violations))
        {
            Violations = violations;
        }

        /// <summary>Every violation found, in the order of the parameters and the body.</summary>
        public global::System.Collections.Generic.IReadOnlyList<ConstraintViolation> Violations { get; }
    }

    /// <summary>
    /// Thrown by a generated client when <see cref="ApiClientOptions.ValidateResponses"/> is on and a
    /// successful response's body breaks what the API specification promises. Lists every violation.
    /// </summary>
    public partial class ResponseValidationException : global::System.Exception
    {
        /// <summary>Creates the exception for a response with <paramref name="statusCode"/> and <paramref name="violations"/>.</summary>
        public ResponseValidationException(int statusCode, global::System.Collections.Generic.IReadOnlyList<ConstraintViolation> violations)
            : base(Validation.ViolationText.Describe("The " + statusCode.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " response breaks the API specification", violations))
        {
            StatusCode = statusCode;
            Violations = violations;
        }

        /// <summary>The HTTP status code of the response.</summary>
        public int StatusCode { get; }

        /// <summary>Every violation found in the body.</summary>
        public global::System.Collections.Generic.IReadOnlyList<ConstraintViolation> Violations { get; }
    }
}
