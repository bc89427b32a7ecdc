package org.cadreportal.base.domain;

import java.util.Map;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.QualifiedName;
import org.hibernate.boot.model.relational.QualifiedSequenceName;
import org.hibernate.id.PersistentIdentifierGenerator;
import org.hibernate.id.enhanced.ImplicitDatabaseObjectNamingStrategy;
import org.hibernate.id.enhanced.StandardNamingStrategy;
import org.hibernate.internal.util.config.ConfigurationHelper;
import org.hibernate.service.ServiceRegistry;

/**
 * Names an entity's implicit id sequence after its table plus {@code _seq}, the names every migration
 * since V1 created. Hibernate's own default would take the entity's class name ({@code Cadre_SEQ}),
 * which matches none of them.
 */
public class TableSequenceNaming implements ImplicitDatabaseObjectNamingStrategy {

    private final StandardNamingStrategy standard = new StandardNamingStrategy();

    @Override
    public QualifiedName determineSequenceName(Identifier catalog, Identifier schema, Map<?, ?> config,
            ServiceRegistry registry) {
        String table = ConfigurationHelper.getString(PersistentIdentifierGenerator.TABLE, config);
        return new QualifiedSequenceName(catalog, schema, Identifier.toIdentifier(table + "_seq"));
    }

    @Override
    public QualifiedName determineTableName(Identifier catalog, Identifier schema, Map<?, ?> config,
            ServiceRegistry registry) {
        return standard.determineTableName(catalog, schema, config, registry);
    }
}
