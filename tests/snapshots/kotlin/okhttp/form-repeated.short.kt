val body = FormBody.Builder()
    .add("scope", "read")
    .add("scope", "write & delete")
    .add("note", "a+b=c 100% 'q' \"dq\" \\ \$x #{y} é 😀\nnew line")
    .build()

val client = OkHttpClient()
val request = Request.Builder()
    .url("https://api.example.com/form")
    .post(body)
    .build()

client.newCall(request).execute().use { response ->
    println(response.code())
    println(response.body()!!.string())
}
