using (var client = new HttpClient())
using (var request = new HttpRequestMessage(new HttpMethod("PUT"), "https://api.example.com/v1/blobs/42"))
{
    request.Content = new StreamContent(File.OpenRead("{payloadPath}"));
    request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/octet-stream");

    using (var response = await client.SendAsync(request))
    {
        Console.WriteLine((int)response.StatusCode);
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        response.EnsureSuccessStatusCode();
    }
}
