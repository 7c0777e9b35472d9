(ns example
  (:require [clj-http.client :as client]
            [clojure.string :as str])
  (:import (java.net URLEncoder)
           (java.nio.charset StandardCharsets)))

;; :form-params takes a map (one value per name, in no set order) and is sent with POST, PUT
;; and PATCH only, so the form is encoded here, field by field.
(def form [["grant_type" "client_credentials"]
           ["client_id" "{yourClientId}"]
           ["client_secret" "{yourClientSecret}"]
           ["audience" "YOUR_API_IDENTIFIER"]])

(def payload
  (str/join "&" (for [[^String name ^String value] form]
                  (str (URLEncoder/encode name StandardCharsets/UTF_8) "="
                       (URLEncoder/encode value StandardCharsets/UTF_8)))))

(let [response (client/post "https://{yourDomain}/oauth/token"
                            {:headers {"content-type" "application/x-www-form-urlencoded"}
                             :body payload
                             :throw-exceptions false})]
  (println (:status response))
  (println (:body response)))
