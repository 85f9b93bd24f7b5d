package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.customer.AssetRecord;
import com.keyaccount.portal.customer.PersonProfile;
import com.keyaccount.portal.customer.ProductLine;
import com.keyaccount.portal.customer.ServiceRecord;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** The row editors of the two information sheets. */
final class SheetRows {

    private SheetRows() {
    }

    /** A manager's profile (法人客户信息资料表, 002 八); the age follows the birth date. */
    static final class Manager extends RowsEditor.Row<PersonProfile> {
        final TextField name = text("customer.sheet.person.name");
        final TextField title = text("customer.sheet.person.title");
        final DatePicker birthDate = date("customer.sheet.person.birthDate");
        final IntegerField age = new IntegerField(getTranslation("customer.sheet.person.age"));
        final TextField personality = text("customer.sheet.person.personality");
        final TextField interests = text("customer.sheet.person.interests");
        final TextField education = text("customer.sheet.person.education");
        final TextField abilities = text("customer.sheet.person.abilities");
        final TextField family = text("customer.sheet.person.family");

        Manager(PersonProfile p, LocalDate asOf) {
            age.setReadOnly(true);
            birthDate.addValueChangeListener(change -> age.setValue(change.getValue() == null ? null
                    : new PersonProfile(null, null, change.getValue(), null, null, null, null, null).ageOn(asOf)));
            if (p != null) {
                setText(name, p.name());
                setText(title, p.title());
                birthDate.setValue(p.birthDate());
                setText(personality, p.personality());
                setText(interests, p.interests());
                setText(education, p.education());
                setText(abilities, p.abilities());
                setText(family, p.family());
            }
            add(name, title, birthDate, age, personality, interests, education, abilities, family);
        }

        @Override
        PersonProfile value() {
            return new PersonProfile(name.getValue(), title.getValue(), birthDate.getValue(), personality.getValue(),
                    interests.getValue(), education.getValue(), abilities.getValue(), family.getValue());
        }

        @Override
        boolean isBlank() {
            return blank(name, title, birthDate, personality, interests, education, abilities, family);
        }

        @Override
        void setFieldsReadOnly(boolean readOnly) {
            readOnly(readOnly, name, title, birthDate, personality, interests, education, abilities, family);
        }
    }

    /** 品名, 类型, 价格. */
    static final class Product extends RowsEditor.Row<ProductLine> {
        final TextField name = text("customer.sheet.product.name");
        final TextField type = text("customer.sheet.product.type");
        final BigDecimalField price = new BigDecimalField(getTranslation("customer.sheet.product.price"));

        Product(ProductLine p) {
            if (p != null) {
                setText(name, p.name());
                setText(type, p.productType());
                price.setValue(p.price());
            }
            add(name, type, price);
        }

        @Override
        ProductLine value() {
            return new ProductLine(name.getValue(), type.getValue(), price.getValue());
        }

        @Override
        boolean isBlank() {
            return blank(name, type, price);
        }

        @Override
        void setFieldsReadOnly(boolean readOnly) {
            readOnly(readOnly, name, type, price);
        }
    }

    /** One asset with its first service; labels from the configured set ({@code vehicle}: 车型, 车号). */
    static final class Asset extends RowsEditor.Row<AssetRecord> {
        final TextField type;
        final TextField identifier;
        final TextField description = text("customer.sheet.asset.description");
        final DatePicker firstServiceOn = date("customer.sheet.asset.firstServiceOn");
        final TextField firstItem = text("customer.sheet.asset.firstItem");
        final TextField broughtBy = text("customer.sheet.asset.broughtBy");

        Asset(AssetRecord a, String labels) {
            type = text("customer.sheet.asset." + labels + ".type");
            identifier = text("customer.sheet.asset." + labels + ".identifier");
            if (a != null) {
                setText(type, a.assetType());
                setText(identifier, a.identifier());
                setText(description, a.description());
                firstServiceOn.setValue(a.firstServiceOn());
                setText(firstItem, a.firstItem());
                setText(broughtBy, a.broughtBy());
            }
            add(type, identifier, description, firstServiceOn, firstItem, broughtBy);
        }

        @Override
        AssetRecord value() {
            return new AssetRecord(type.getValue(), identifier.getValue(), description.getValue(),
                    firstServiceOn.getValue(), firstItem.getValue(), broughtBy.getValue());
        }

        @Override
        boolean isBlank() {
            return blank(type, identifier, description, firstServiceOn, firstItem, broughtBy);
        }

        @Override
        void setFieldsReadOnly(boolean readOnly) {
            readOnly(readOnly, type, identifier, description, firstServiceOn, firstItem, broughtBy);
        }
    }

    /** 维修记录: 送修日期, 维修项目, 下一次保养期, 送修人. */
    static final class Service extends RowsEditor.Row<ServiceRecord> {
        final DatePicker servedOn = date("customer.sheet.service.servedOn");
        final TextField item = text("customer.sheet.service.item");
        final DatePicker nextServiceOn = date("customer.sheet.service.nextServiceOn");
        final TextField broughtBy = text("customer.sheet.service.broughtBy");

        Service(ServiceRecord s) {
            if (s != null) {
                servedOn.setValue(s.servedOn());
                setText(item, s.item());
                nextServiceOn.setValue(s.nextServiceOn());
                setText(broughtBy, s.broughtBy());
            }
            add(servedOn, item, nextServiceOn, broughtBy);
        }

        @Override
        ServiceRecord value() {
            return new ServiceRecord(servedOn.getValue(), item.getValue(), nextServiceOn.getValue(),
                    broughtBy.getValue());
        }

        @Override
        boolean isBlank() {
            return blank(servedOn, item, nextServiceOn, broughtBy);
        }

        @Override
        void setFieldsReadOnly(boolean readOnly) {
            readOnly(readOnly, servedOn, item, nextServiceOn, broughtBy);
        }
    }

    private static void setText(TextField field, String value) {
        field.setValue(value == null ? "" : value);
    }

    private static boolean blank(HasValue<?, ?>... fields) {
        return Stream.of(fields).allMatch(HasValue::isEmpty);
    }

    private static void readOnly(boolean readOnly, HasValue<?, ?>... fields) {
        List.of(fields).forEach(field -> field.setReadOnly(readOnly));
    }

}
