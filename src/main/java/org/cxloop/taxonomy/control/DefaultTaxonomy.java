package org.cxloop.taxonomy.control;

import java.util.List;

/**
 * The taxonomy CX Loop starts with (version 1): the nine top-level codes of the product brief, each with
 * sub-categories that say where to act, and keyword rules in Polish and English (base forms: rules match lemmas).
 */
public final class DefaultTaxonomy {

    /** One category of the seed: code, parent code, names and keywords per language. */
    public record Entry(String code, String parent, String namePl, String nameEn, List<String> keywordsPl,
                        List<String> keywordsEn) {
    }

    private DefaultTaxonomy() {
    }

    private static Entry top(String code, String namePl, String nameEn, List<String> pl, List<String> en) {
        return new Entry(code, null, namePl, nameEn, pl, en);
    }

    private static Entry sub(String code, String parent, String namePl, String nameEn, List<String> pl,
                             List<String> en) {
        return new Entry(code, parent, namePl, nameEn, pl, en);
    }

    public static final List<Entry> ENTRIES = List.of(
            top("delivery", "Dostawa", "Delivery", List.of("dostawa", "przesyłka", "paczka", "kurier"),
                    List.of("delivery", "parcel", "shipping", "courier")),
            sub("delivery-time", "delivery", "Czas dostawy", "Delivery time",
                    List.of("opóźnienie", "spóźniony", "termin dostawy", "czekać"), List.of("late", "delay", "on time", "wait")),
            sub("delivery-damage", "delivery", "Uszkodzenie w transporcie", "Damaged in transit",
                    List.of("uszkodzony", "zgnieciony", "rozbity"), List.of("damaged", "broken", "crushed")),
            sub("courier-conduct", "delivery", "Zachowanie kuriera", "Courier conduct",
                    List.of("kurier", "doręczyciel", "awizo"), List.of("driver", "courier", "missed delivery")),
            top("price", "Cena", "Price", List.of("cena", "drogi", "koszt", "tani"),
                    List.of("price", "expensive", "cost", "cheap")),
            sub("price-level", "price", "Poziom cen", "Price level", List.of("drogi", "przepłacić", "za drogo"),
                    List.of("expensive", "overpriced", "too much")),
            sub("promotions", "price", "Promocje i rabaty", "Promotions and discounts",
                    List.of("promocja", "rabat", "kod rabatowy", "zniżka"), List.of("discount", "promotion", "coupon", "sale")),
            top("product-quality", "Jakość produktu", "Product quality", List.of("jakość", "produkt", "wada"),
                    List.of("quality", "product", "defect")),
            sub("product-defects", "product-quality", "Wady produktu", "Product defects",
                    List.of("wada", "zepsuty", "nie działać", "usterka"), List.of("defect", "faulty", "stopped working", "broken")),
            sub("product-description", "product-quality", "Zgodność z opisem", "Matches the description",
                    List.of("opis", "zdjęcie", "niezgodny"), List.of("description", "picture", "not as described")),
            top("customer-service", "Obsługa klienta", "Customer service",
                    List.of("obsługa", "konsultant", "infolinia", "pomoc"), List.of("service", "agent", "support", "helpline")),
            sub("service-availability", "customer-service", "Dostępność obsługi", "Reaching customer service",
                    List.of("dodzwonić", "czas oczekiwania", "brak odpowiedzi"), List.of("hold", "waiting time", "no answer")),
            sub("service-competence", "customer-service", "Kompetencje i uprzejmość", "Competence and courtesy",
                    List.of("uprzejmy", "niekompetentny", "pomocny", "niemiły"), List.of("polite", "rude", "helpful", "incompetent")),
            top("returns-complaints", "Zwroty i reklamacje", "Returns and complaints",
                    List.of("zwrot", "reklamacja", "wymiana"), List.of("return", "complaint", "refund", "exchange")),
            sub("refund-time", "returns-complaints", "Czas zwrotu pieniędzy", "Refund time",
                    List.of("zwrot pieniędzy", "oddać pieniądze"), List.of("refund", "money back")),
            sub("complaint-handling", "returns-complaints", "Rozpatrzenie reklamacji", "Complaint handling",
                    List.of("reklamacja", "odrzucić", "rozpatrzyć"), List.of("complaint", "rejected", "claim")),
            top("website-app", "Strona i aplikacja", "Website and app",
                    List.of("strona", "aplikacja", "sklep internetowy", "logowanie"), List.of("website", "app", "login", "site")),
            sub("checkout", "website-app", "Składanie zamówienia", "Checkout",
                    List.of("koszyk", "zamówienie", "formularz"), List.of("checkout", "cart", "basket", "order form")),
            sub("site-errors", "website-app", "Błędy i wydajność", "Errors and speed",
                    List.of("błąd", "wolno", "zawiesić", "nie działać"), List.of("error", "slow", "crash", "bug")),
            top("billing-payments", "Płatności i faktury", "Billing and payments",
                    List.of("płatność", "faktura", "przelew", "blik"), List.of("payment", "invoice", "billing", "charge")),
            sub("payment-methods", "billing-payments", "Metody płatności", "Payment methods",
                    List.of("blik", "karta", "za pobraniem", "przelew"), List.of("card", "paypal", "cash on delivery")),
            sub("invoices", "billing-payments", "Faktury", "Invoices", List.of("faktura", "korekta"),
                    List.of("invoice", "credit note")),
            top("communication", "Komunikacja", "Communication",
                    List.of("informacja", "e-mail", "powiadomienie", "sms"), List.of("information", "email", "notification", "update")),
            sub("order-status", "communication", "Informacja o zamówieniu", "Order status updates",
                    List.of("status zamówienia", "śledzenie", "powiadomienie"), List.of("tracking", "order status", "notification")),
            sub("marketing", "communication", "Komunikacja marketingowa", "Marketing messages",
                    List.of("newsletter", "spam", "reklama"), List.of("newsletter", "spam", "advert")),
            top("other", "Inne", "Other", List.of(), List.of()));
}
