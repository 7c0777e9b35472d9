import okhttp3.FormBody
import okhttp3.OkHttpClient
import okhttp3.Request

fun main() {
    val body = FormBody.Builder()
        .add("grant_type", "client_credentials")
        .add("client_id", "{yourClientId}")
        .add("client_secret", "{yourClientSecret}")
        .add("audience", "YOUR_API_IDENTIFIER")
        .build()

    val client = OkHttpClient()
    val request = Request.Builder()
        .url("https://{yourDomain}/oauth/token")
        .post(body)
        .build()

    client.newCall(request).execute().use { response ->
        println(response.code())
        println(response.body()!!.string())
    }
}
