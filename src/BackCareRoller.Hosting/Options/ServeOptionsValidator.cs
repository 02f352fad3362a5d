using Microsoft.Extensions.Options;

namespace BackCareRoller.Hosting.Options;

/// <summary>Source-generated validation of <see cref="ServeOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class ServeOptionsValidator : IValidateOptions<ServeOptions>;
