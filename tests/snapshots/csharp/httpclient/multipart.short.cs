using (var client = new HttpClient())
using (var request = new HttpRequestMessage(new HttpMethod("POST"), "https://api.example.com/v1/upload?dryRun"))
{
    request.Headers.TryAddWithoutValidation("accept", "application/json");
    // Each part's Content-Disposition is written here: MultipartFormDataContent.Add(content, name,
    // fileName) would add filename* and send a non-ASCII name or filename RFC 2047-encoded.
    var content = new MultipartFormDataContent();
    var part1 = new ByteArrayContent(Encoding.UTF8.GetBytes("Q3 report; it's \"final\", 100% & done\nsecond line é"));
    part1.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"description\"");
    content.Add(part1);
    var part2 = new StreamContent(File.OpenRead("{reportPath}"));
    part2.Headers.TryAddWithoutValidation("Content-Type", "application/pdf");
    part2.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"report\"; filename=\"report.pdf\"");
    content.Add(part2);
    var part3 = new StreamContent(File.OpenRead("{logoPath}"));
    part3.Headers.TryAddWithoutValidation("Content-Type", "application/octet-stream");
    part3.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"logo\"; filename=\"{logoPath}\"");
    content.Add(part3);
    var part4 = new ByteArrayContent(Encoding.UTF8.GetBytes(""));
    part4.Headers.TryAddWithoutValidation("Content-Disposition", "form-data; name=\"note\"");
    content.Add(part4);
    request.Content = content;

    using (var response = await client.SendAsync(request))
    {
        Console.WriteLine((int)response.StatusCode);
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        response.EnsureSuccessStatusCode();
    }
}
