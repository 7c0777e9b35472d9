import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.file.Path

fun main() {
    // java.net.http has no multipart API, so the body is written out here, part by part.
    // The boundary is fixed: it must not occur in any part (choose another if it could).
    val boundary = "snippetgen-boundary-5d8e1c7a9f"
    val payload = HttpRequest.BodyPublishers.concat(
        HttpRequest.BodyPublishers.ofString(
            "--$boundary\r\n" +
                "Content-Disposition: form-data; name=\"description\"\r\n\r\n" +
                "Q3 report; it's \"final\", 100% & done\nsecond line é" + "\r\n"
        ),
        HttpRequest.BodyPublishers.ofString(
            "--$boundary\r\n" +
                "Content-Disposition: form-data; name=\"report\"; filename=\"report.pdf\"\r\n" +
                "Content-Type: application/pdf\r\n\r\n"
        ),
        HttpRequest.BodyPublishers.ofFile(Path.of("{reportPath}")),
        HttpRequest.BodyPublishers.ofString("\r\n"),
        HttpRequest.BodyPublishers.ofString(
            "--$boundary\r\n" +
                "Content-Disposition: form-data; name=\"logo\"; filename=\"{logoPath}\"\r\n" +
                "Content-Type: application/octet-stream\r\n\r\n"
        ),
        HttpRequest.BodyPublishers.ofFile(Path.of("{logoPath}")),
        HttpRequest.BodyPublishers.ofString("\r\n"),
        HttpRequest.BodyPublishers.ofString(
            "--$boundary\r\n" +
                "Content-Disposition: form-data; name=\"note\"\r\n\r\n" +
                "\r\n"
        ),
        HttpRequest.BodyPublishers.ofString("--$boundary--\r\n")
    )

    val client = HttpClient.newHttpClient()
    val request = HttpRequest.newBuilder()
        .uri(URI.create("https://api.example.com/v1/upload?dryRun"))
        .header("accept", "application/json")
        .header("Content-Type", "multipart/form-data; boundary=$boundary")
        .POST(payload)
        .build()

    val response = client.send(request, HttpResponse.BodyHandlers.ofString())
    println(response.statusCode())
    println(response.body())
}
