package com.keyaccount.portal.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The repeated rows of the two information sheets as JPA stores them; the public API uses the records. */
final class SheetEmbeddables {

    private SheetEmbeddables() {
    }

    @Embeddable
    static class Manager {
        @Column(nullable = false)
        String name;
        String title;
        @Column(name = "birth_date")
        LocalDate birthDate;
        String personality;
        String interests;
        String education;
        String abilities;
        String family;

        static Manager of(PersonProfile p) {
            Manager m = new Manager();
            m.name = p.name();
            m.title = p.title();
            m.birthDate = p.birthDate();
            m.personality = p.personality();
            m.interests = p.interests();
            m.education = p.education();
            m.abilities = p.abilities();
            m.family = p.family();
            return m;
        }

        PersonProfile toRecord() {
            return new PersonProfile(name, title, birthDate, personality, interests, education, abilities, family);
        }
    }

    @Embeddable
    static class Product {
        @Column(nullable = false)
        String name;
        @Column(name = "product_type")
        String productType;
        BigDecimal price;

        static Product of(ProductLine p) {
            Product product = new Product();
            product.name = p.name();
            product.productType = p.productType();
            product.price = p.price();
            return product;
        }

        ProductLine toRecord() {
            return new ProductLine(name, productType, price);
        }
    }

    @Embeddable
    static class Asset {
        @Column(name = "asset_type", nullable = false)
        String assetType;
        String identifier;
        String description;
        @Column(name = "first_service_on")
        LocalDate firstServiceOn;
        @Column(name = "first_item")
        String firstItem;
        @Column(name = "brought_by")
        String broughtBy;

        static Asset of(AssetRecord r) {
            Asset a = new Asset();
            a.assetType = r.assetType();
            a.identifier = r.identifier();
            a.description = r.description();
            a.firstServiceOn = r.firstServiceOn();
            a.firstItem = r.firstItem();
            a.broughtBy = r.broughtBy();
            return a;
        }

        AssetRecord toRecord() {
            return new AssetRecord(assetType, identifier, description, firstServiceOn, firstItem, broughtBy);
        }
    }

    @Embeddable
    static class Service {
        @Column(name = "served_on", nullable = false)
        LocalDate servedOn;
        @Column(nullable = false)
        String item;
        @Column(name = "next_service_on")
        LocalDate nextServiceOn;
        @Column(name = "brought_by")
        String broughtBy;

        static Service of(ServiceRecord r) {
            Service s = new Service();
            s.servedOn = r.servedOn();
            s.item = r.item();
            s.nextServiceOn = r.nextServiceOn();
            s.broughtBy = r.broughtBy();
            return s;
        }

        ServiceRecord toRecord() {
            return new ServiceRecord(servedOn, item, nextServiceOn, broughtBy);
        }
    }
}
